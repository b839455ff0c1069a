// A form that comes back refused: focus moves to the first field marked in error, described by the error
// message so that a screen reader reads both, or to the message itself when no field is marked. Without
// this, keyboard and screen-reader users started again from the top of the page, not knowing what failed.
(() => {
  const message = document.querySelector('main .flash.error[role="alert"]');
  const field = document.querySelector('main [aria-invalid="true"]');
  if (field) {
    if (message) {
      if (!message.id) message.id = "form-error";
      const described = (field.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
      if (!described.includes(message.id))
        field.setAttribute("aria-describedby", [message.id, ...described].join(" "));
    }
    field.focus();
  } else if (message) {
    message.tabIndex = -1;
    message.focus();
  }
})();
