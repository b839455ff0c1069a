// Review queue keyboard shortcuts (progressive enhancement: every action is also a button reachable
// with Tab). j/k: next/previous move, a: publish, r: reject, e: open the correction form, x: select.
(() => {
  const cards = [...document.querySelectorAll(".review-card")];
  if (cards.length === 0) return;
  let current = -1;
  const focus = (index) => {
    current = Math.max(0, Math.min(cards.length - 1, index));
    for (const [i, card] of cards.entries()) card.classList.toggle("is-current", i === current);
    cards[current].focus();
    cards[current].scrollIntoView({ block: "nearest" });
  };
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.closest?.("input, textarea, select, [contenteditable]")) return;
    const card = cards[current];
    const press = (selector) => card?.querySelector(selector)?.click();
    switch (event.key) {
      case "j":
        focus(current + 1);
        break;
      case "k":
        focus(current - 1);
        break;
      case "a":
        press('button[data-key="a"]');
        break;
      case "r":
        press('button[data-key="r"]');
        break;
      case "x":
        press('input[type="checkbox"]');
        break;
      case "e": {
        const details = card?.querySelector("details");
        if (details) {
          details.open = true;
          details.querySelector("input")?.focus();
        }
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  });
})();
