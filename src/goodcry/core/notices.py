"""The fixed statements goodcry makes wherever it matters (help, init, cards, insights, reports): one wording."""

NOT_MEDICAL_ADVICE = "goodcry is a journal, not medical advice, and no person monitors it."
IN_DANGER = "If you are in danger or thinking of ending your life, call your local emergency number now."
