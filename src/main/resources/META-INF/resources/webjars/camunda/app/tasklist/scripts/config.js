// Kompeten's Tasklist: Indonesian by default, English selectable with ?lang=en (remembered in this browser;
// ?lang=id switches back). Tasklist otherwise follows the browser's language, which would make English the
// default on most office computers.
const params = new URLSearchParams(window.location.search);
const asked = params.get('lang');
if (asked === 'id' || asked === 'en') {
  window.localStorage.setItem('kompeten-locale', asked);
}
const locale = window.localStorage.getItem('kompeten-locale') === 'en' ? 'en' : 'id';
// the server reads the choice too: it gives forms, task, filter and process names in English (language
// package, TasklistInEnglish) and opens report pages in it
document.cookie = 'kompeten-lang=' + locale + '; path=/; max-age=31536000; SameSite=Lax';
document.documentElement.setAttribute('data-kompeten-lang', locale);
document.documentElement.lang = locale;

export default {
  app: {
    name: locale === 'en' ? 'Tasklist' : 'Daftar Tugas',
    vendor: 'Kompeten'
  },
  locales: {
    // the chosen locale only, so the browser's language does not override it
    availableLocales: [locale],
    fallbackLocale: locale
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  disableWelcomeMessage: true,
  // form-js leaves empty error entries for fields in repeating lists; without this Tasklist never enables
  // "Selesaikan" on a form with a list (see the script). form-refusals.js: refusals of a form, form-js's and the
  // server's, in the reader's language and naming the field. form-list-labels.js: a list's buttons in it too.
  customScripts: ['scripts/form-list-errors.js', 'scripts/form-refusals.js', 'scripts/form-list-labels.js'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'ambil tugas yang dipilih / claims the selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'fokus ke filter pertama / focus the first filter'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'fokus ke tugas pertama di daftar / focus the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'fokus ke isian pertama formulir / focus the first field of a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'buka dialog mulai proses / open the start process dialog'
    }
  }
};
