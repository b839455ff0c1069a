// A form that comes back refused: focus moves to the first field marked in error, described by the error
// message so that a screen reader reads both, or to the message itself when no field is marked. Without
// this, keyboard and screen-reader users started again from the top of the page, not knowing what failed.
// The message also gets a link to that field ("Corriger ce champ"), so that a reader who scrolled away, or
// whose focus moved on, gets back to it in one click.
(() => {
  const message = document.querySelector('main .flash.error[role="alert"]');
  const field = document.querySelector('main [aria-invalid="true"]');
  if (field) {
    if (message) {
      if (!message.id) message.id = "form-error";
      const described = (field.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
      if (!described.includes(message.id))
        field.setAttribute("aria-describedby", [message.id, ...described].join(" "));
      if (!field.id) field.id = `${field.getAttribute("name") ?? "champ"}-en-erreur`;
      if (!message.querySelector("a[data-field-link]")) {
        const link = document.createElement("a");
        link.href = `#${field.id}`;
        link.dataset.fieldLink = "";
        link.textContent = "Corriger ce champ";
        link.addEventListener("click", (event) => {
          event.preventDefault();
          field.focus();
          field.scrollIntoView({ block: "center" });
        });
        message.append(" ", link);
      }
    }
    field.focus();
  } else if (message) {
    message.tabIndex = -1;
    message.focus();
  }
})();
