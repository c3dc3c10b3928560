// Kompeten: the buttons of a form's repeating list in the reader's language, in Tasklist.
//
// form-js 1.13.2 (in Tasklist's lib/deps.js) writes them in English whatever the locale: "Add new" under a list
// whose rows may be added or removed, "Expand all (n)" / "Collapse" on a long one, and "Remove list item n" as
// each row's remove button's label for screen readers. They are relabelled as form-js draws them; the language is
// the one config.js keeps (?lang=en, localStorage 'kompeten-locale').

function english() {
  return window.localStorage.getItem('kompeten-locale') === 'en';
}

const LABELS = [
  [/^\s*Add new\s*$/, () => (english() ? 'Add a line' : 'Tambah baris')],
  [/^\s*Expand all \((\d+)\)\s*$/, (n) => (english() ? 'Show all (' + n + ')' : 'Tampilkan semua (' + n + ')')],
  [/^\s*Collapse\s*$/, () => (english() ? 'Show fewer' : 'Tampilkan lebih sedikit')]
];

/** The button's own text (beside its icon) in the reader's language; untouched once it is. */
function relabel(button) {
  button.childNodes.forEach(function (node) {
    if (node.nodeType !== Node.TEXT_NODE || !node.textContent.trim()) {
      return;
    }
    for (const [pattern, label] of LABELS) {
      const match = node.textContent.match(pattern);
      if (match) {
        node.textContent = ' ' + label.apply(null, match.slice(1));
        return;
      }
    }
  });
}

function relabelAll(root) {
  root.querySelectorAll('.fjs-repeat-render-add, .fjs-repeat-render-collapse').forEach(relabel);
  root.querySelectorAll('.fjs-repeat-row-remove[aria-label^="Remove list item"]').forEach(function (button) {
    const n = button.getAttribute('aria-label').replace('Remove list item', '').trim();
    button.setAttribute('aria-label', (english() ? 'Remove line ' : 'Hapus baris ') + n);
    button.setAttribute('title', (english() ? 'Remove line ' : 'Hapus baris ') + n);
  });
}

// only what form-js draws: the changes settle once every text is ours, so this does not feed on itself
new MutationObserver(function () {
  relabelAll(document);
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});

export default {};
