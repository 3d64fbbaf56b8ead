// goodcry's own small script: a quiet timer, copying a drafted message, live feeling suggestions.
// Everything works without it; it only adds comfort.
"use strict";
(function () {
  function timer(box) {
    box.hidden = false;
    var display = box.querySelector("[data-timer-display]");
    var status = box.querySelector("[data-timer-status]");
    var handle = null;
    box.querySelectorAll("[data-timer-start]").forEach(function (button) {
      button.addEventListener("click", function () {
        var left = parseInt(button.getAttribute("data-minutes"), 10) * 60;
        if (handle) { clearInterval(handle); }
        status.textContent = "Timer started. Take your time.";
        var show = function () {
          var m = Math.floor(left / 60), s = left % 60;
          display.textContent = m + ":" + (s < 10 ? "0" : "") + s;
        };
        show();
        handle = setInterval(function () {
          left -= 1;
          show();
          if (left <= 0) { clearInterval(handle); handle = null; status.textContent = "The quiet time is over. Continue when you are ready."; }
        }, 1000);
      });
    });
  }

  function copy(button) {
    button.hidden = false;
    var status = document.querySelector("[data-copy-status]");
    button.addEventListener("click", function () {
      var area = document.getElementById(button.getAttribute("data-copy"));
      var done = function () { if (status) { status.textContent = "Copied. goodcry has sent nothing."; } };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(area.value).then(done, function () { area.select(); });
      } else { area.select(); }
    });
  }

  function live(textarea, target) {
    var pending = null, last = "";
    textarea.addEventListener("input", function () {
      if (pending) { clearTimeout(pending); }
      pending = setTimeout(function () {
        var text = textarea.value.trim();
        if (text === last || text.length < 12) { return; }
        last = text;
        fetch("/suggest?text=" + encodeURIComponent(text.slice(0, 2000)), {
          headers: { "X-Goodcry-Fragment": "1" }, credentials: "same-origin"
        }).then(function (r) { return r.ok ? r.text() : ""; }).then(function (html) {
          var doc = new DOMParser().parseFromString("<div>" + html + "</div>", "text/html");
          target.replaceChildren.apply(target, Array.prototype.slice.call(doc.body.firstChild.childNodes));
        }).catch(function () {});
      }, 600);
    });
    target.addEventListener("click", function (event) {
      var word = event.target.getAttribute && event.target.getAttribute("data-feel");
      if (!word) { return; }
      var box = document.querySelector('input[name="feel"][value="' + CSS.escape(word) + '"]');
      if (box) { box.checked = true; box.closest("details") && (box.closest("details").open = true); box.focus(); }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-timer]").forEach(timer);
    document.querySelectorAll("[data-copy]").forEach(copy);
    var text = document.getElementById("f-text");
    var target = document.getElementById("live-suggestions");
    if (text && target) { live(text, target); }
  });
})();
