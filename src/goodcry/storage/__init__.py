"""Storage: the database door, the schema migrations and the SQL that maps rows to the domain's types."""
