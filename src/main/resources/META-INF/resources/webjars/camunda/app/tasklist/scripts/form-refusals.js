// Kompeten: a task form's refusals in the reader's language, naming the field, in Tasklist.
//
// - form-js (1.13.2, in Tasklist's lib/deps.js) writes its validation messages in English ("Field is required.");
//   they are translated where form-js keeps them (its state), so every field shows Indonesian (English with
//   ?lang=en, the choice config.js keeps in localStorage 'kompeten-locale').
// - A click on "Selesaikan" with fields missing made Tasklist show its COMPLETE_ERROR with an empty text: the
//   errors form-js hands to Tasklist now carry a text naming each field by its label.
// - A refusal from the server (HTTP 400, "field: Indonesian / English" from forms.FormMessages, e.g.
//   "attendedMinutes: melebihi durasi sesi (900 menit) / exceeds …") is shown with the field's label in the
//   reader's language, and under the field itself until the user changes the form.
// - Either notification goes with the user's first change of the form.
// - The disabled button after an early click: form-js commits typed text 300 ms after the last key, or when the
//   field loses focus. Until then the field keeps the "Wajib diisi." of the early click; a click soon after the
//   typing blurs the field on mousedown, form-js commits, that line goes, everything below moves up under the
//   pointer and the click misses (a radio stays unchosen and its field keeps its error, or Selesaikan, still
//   disabled at mousedown, gets no click), so the button stayed disabled. Text is committed on every key
//   instead: the form already shows its current state when the pointer comes.
//
// form-js and Tasklist's API client are no globals: both are taken from webpack's module registry of Tasklist's
// bundle, as in form-list-errors.js. Should a later Tasklist build not have them, nothing is changed and the
// console says so.

function locale() {
  return window.localStorage.getItem('kompeten-locale') === 'en' ? 'en' : 'id';
}

function number(text) {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text).toLocaleString(locale() === 'en' ? 'en-US' : 'id-ID') : text;
}

// Every message of form-js's Validator, with its Indonesian and English text.
const MESSAGES = [
  [/^Field is required\.$/, () => 'Wajib diisi.', () => 'This field is required.'],
  [/^Field must have minimum value of (.+)\.$/, n => `Nilai paling kecil ${number(n)}.`,
    n => `Must be at least ${number(n)}.`],
  [/^Field must have maximum value of (.+)\.$/, n => `Nilai paling besar ${number(n)}.`,
    n => `Must be at most ${number(n)}.`],
  [/^Field must have minimum length of (.+)\.$/, n => `Paling sedikit ${number(n)} karakter.`,
    n => `Must have at least ${number(n)} characters.`],
  [/^Field must have maximum length of (.+)\.$/, n => `Paling banyak ${number(n)} karakter.`,
    n => `Must have at most ${number(n)} characters.`],
  [/^Field must match pattern (.+)\.$/, p => `Harus sesuai pola ${p}.`, p => `Must match the pattern ${p}.`],
  [/^Field must be a valid\s+international phone number\./,
    () => 'Harus nomor telepon internasional yang sah (mis. +6281234567890).',
    () => 'Must be a valid international phone number (e.g. +6281234567890).'],
  [/^Field must be a valid email\.$/, () => 'Harus alamat email yang sah.', () => 'Must be a valid email address.'],
  [/^Value is not a number\.$/, () => 'Harus berupa angka.', () => 'Must be a number.'],
  [/^Value is expected to be an integer\.$/, () => 'Harus bilangan bulat.', () => 'Must be a whole number.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, n => `Paling banyak ${n} angka di belakang koma.`,
    n => `Must have at most ${n} decimal place${n === '1' ? '' : 's'}.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (a, b) => `Nilai ini tidak sah; dua nilai sah terdekat: ${number(a)} dan ${number(b)}.`,
    (a, b) => `This value is not valid; the two nearest valid values are ${number(a)} and ${number(b)}.`]
];

function translate(message) {
  for (const [pattern, indonesian, english] of MESSAGES) {
    const match = pattern.exec(message);
    if (match) {
      return (locale() === 'en' ? english : indonesian).apply(null, match.slice(1));
    }
  }
  return message;
}

/** the errors with each message translated, in the same shape (lists per row keep their holes) */
function translated(entry) {
  if (typeof entry === 'string') {
    return translate(entry);
  }
  if (Array.isArray(entry)) {
    return entry.map(translated);
  }
  if (entry && typeof entry === 'object') {
    const copy = {};
    Object.keys(entry).forEach(function (key) {
      copy[key] = translated(entry[key]);
    });
    return copy;
  }
  return entry;
}

/** A notification's text: Tasklist escapes it and shows it below its title, keeping line breaks */
function asNotification(lines) {
  return lines.join('\n');
}

function labelOf(field, row) {
  const label = field.label && field.label.charAt(0) !== '=' ? field.label : (field.key || field.path || field.id);
  if (row === undefined) {
    return label;
  }
  return label + (locale() === 'en' ? ' (row ' : ' (baris ') + (Number(row) + 1) + ')';
}

/**
 * "Label: message" for every message in form-js's errors (by field id, and by row for fields of a list), in the
 * order of the form
 */
function describeErrors(form, errors) {
  const fields = form.get('formFieldRegistry');
  const order = fields.getAll().map(field => field.id);
  const lines = [];
  Object.keys(errors).sort((a, b) => order.indexOf(a) - order.indexOf(b)).forEach(function (id) {
    const field = fields.get(id) || {id: id};
    (function walk(entry, row) {
      if (typeof entry === 'string') {
        lines.push(labelOf(field, row) + ': ' + entry);
      } else if (entry && typeof entry === 'object') {
        const messages = Array.isArray(entry) && entry.every(e => typeof e === 'string');
        Object.keys(entry).forEach(key => walk(entry[key], messages ? row : key));
      }
    })(errors[id], undefined);
  });
  return lines;
}

function ancestorList(fields, field) {
  for (let parent = fields.get(field._parent); parent; parent = fields.get(parent._parent)) {
    if (parent.type === 'dynamiclist') {
      return parent;
    }
  }
  return undefined;
}

/** the form's field a server path names: "attendedMinutes", or "selfRatings[2].rating" (a field of a list's row) */
function fieldAt(form, path) {
  const fields = form.get('formFieldRegistry');
  const inRow = /^([\w-]+)\[(\d+)\]\.([\w-]+)$/.exec(path);
  const found = fields.getAll().find(function (field) {
    const list = ancestorList(fields, field);
    return inRow ? field.key === inRow[3] && list && list.path === inRow[1] : field.key === path && !list;
  });
  return found ? {field: found, row: inRow ? inRow[2] : undefined} : undefined;
}

function capitalised(text) {
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : sentence + '.';
}

/** the form now shown in Tasklist (one at a time) */
let shown;

/**
 * The server's refusal as a notification text naming each field by its label in the reader's language, and under
 * each field that is shown and can be changed. Any other error stays as it is.
 */
function explain(error) {
  const text = String(error.message || '');
  const rest = text.replace(/^Cannot submit task form [^:]*: /, '');
  const parts = rest.split(/; (?=[\w-]+(?:\[\d+\]\.[\w-]+)*: )/).map(part => /^([\w-]+(?:\[\d+\]\.[\w-]+)*): ([\s\S]*)$/.exec(part));
  if (rest === text || parts.some(part => !part)) {
    return;
  }
  const form = shown && shown._container && shown._container.isConnected ? shown : undefined;
  const lines = [];
  const marks = {};
  parts.forEach(function ([, path, both]) {
    const split = both.indexOf(' / ');
    const message = split < 0 ? both : (locale() === 'en' ? both.slice(split + 3) : both.slice(0, split));
    const at = form && fieldAt(form, path);
    lines.push((at ? labelOf(at.field, at.row) : path) + ': ' + message);
    if (at && !at.field.readonly && !at.field.disabled && isShown(form, at)) {
      marks[at.field.id] = marks[at.field.id] || (at.row === undefined ? [] : {});
      (at.row === undefined ? marks[at.field.id] : (marks[at.field.id][at.row] = [])).push(capitalised(message));
    }
  });
  error.message = asNotification(lines);
  if (form) {
    form._kompetenNotice = error.message;
  }
  if (form && Object.keys(marks).length) {
    form._kompetenServerErrors = marks;
    form._setState({errors: Object.assign({}, form._getState().errors, rowsAsLists(marks))});
  }
}

/** form-js keeps the errors of a list's field as a list per row */
function rowsAsLists(marks) {
  const errors = {};
  Object.keys(marks).forEach(function (id) {
    if (Array.isArray(marks[id])) {
      errors[id] = marks[id];
    } else {
      errors[id] = [];
      Object.keys(marks[id]).forEach(row => { errors[id][Number(row)] = marks[id][row]; });
    }
  });
  return errors;
}

function isShown(form, at) {
  return form.get('formFieldInstanceRegistry').getAll().some(function (instance) {
    const rows = Object.values(instance.indexes || {});
    return instance.id === at.field.id && (at.row === undefined ? rows.length === 0 : String(rows[0]) === at.row);
  });
}

/**
 * The refusal's notification goes with the first change: it told what was wrong with the form as it was, the
 * fields keep telling what still is, and a notification of several lines covered "Selesaikan".
 */
function dropNotice(form) {
  const notice = form._kompetenNotice;
  delete form._kompetenNotice;
  const injector = notice !== undefined && window.angular && window.angular.element(form._container).injector();
  if (!injector || !injector.has('Notifications')) {
    return;
  }
  const notifications = injector.get('Notifications');
  // as Tasklist keeps it: escaped
  const text = document.createElement('div');
  text.appendChild(document.createTextNode(notice));
  notifications.notifications.filter(n => n.message === text.innerHTML).forEach(function (n) {
    delete n.scope; // as Tasklist clears its own: its filter would compare the scope too
    notifications.clear(n);
  });
}

/** the server's marks go with the first change: the server judges the changed form again */
function dropServerErrors(form) {
  const marks = form._kompetenServerErrors;
  if (!marks) {
    return;
  }
  delete form._kompetenServerErrors;
  const errors = form._getState().errors;
  Object.keys(marks).forEach(function (id) {
    if (Array.isArray(marks[id])) {
      delete errors[id];
    } else if (errors[id]) {
      Object.keys(marks[id]).forEach(row => delete errors[id][row]);
    }
  });
}

function patchForm(Form) {
  if (Form.prototype._kompetenRefusals) {
    return;
  }
  const proto = Form.prototype;
  const createInjector = proto._createInjector;
  proto._createInjector = function (options, container) {
    return createInjector.call(this, Object.assign({debounce: false}, options), container);
  };
  const importSchema = proto.importSchema;
  proto.importSchema = function () {
    shown = this;
    delete this._kompetenServerErrors;
    delete this._kompetenNotice;
    return importSchema.apply(this, arguments);
  };
  const setState = proto._setState;
  proto._setState = function (state) {
    if (state && state.errors && typeof state.errors === 'object') {
      state = Object.assign({}, state, {errors: translated(state.errors)});
    }
    return setState.call(this, state);
  };
  const update = proto._update;
  proto._update = function () {
    dropNotice(this);
    dropServerErrors(this);
    return update.apply(this, arguments);
  };
  const submit = proto.submit;
  proto.submit = function () {
    delete this._kompetenServerErrors;
    const result = submit.apply(this, arguments);
    if (result && result.errors && Object.keys(result.errors).length) {
      // Tasklist throws these errors and shows their message; not enumerable, so Tasklist still counts fields only
      this._kompetenNotice = asNotification(describeErrors(this, this._getState().errors));
      Object.defineProperty(result.errors, 'message', {value: this._kompetenNotice, enumerable: false});
    }
    return result;
  };
  proto._kompetenRefusals = true;
}

function patchTaskResource(Task) {
  if (Task._kompetenRefusals) {
    return;
  }
  const submitForm = Task.submitForm;
  // the client calls done(error) right after rejecting its promise and before any handler of it runs
  Task.submitForm = function (params, done) {
    return submitForm.call(this, params, function (error) {
      if (error) {
        explain(error);
      }
      return done && done.apply(this, arguments);
    });
  };
  Task._kompetenRefusals = true;
}

function load(require, id) {
  try {
    return require(id);
  } catch (e) {
    return undefined;
  }
}

const chunks = (self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []);
chunks.push([['kompeten-form-refusals'], {}, function (require) {
  const forms = [];
  const tasks = [];
  Object.keys(require.m).forEach(function (id) {
    const source = String(require.m[id]);
    if (source.indexOf('formFieldInstanceRegistry') !== -1 && source.indexOf('_setState') !== -1) {
      const Form = (load(require, id) || {}).Form;
      if (typeof Form === 'function' && Form.prototype && typeof Form.prototype._update === 'function'
        && typeof Form.prototype._createInjector === 'function' && typeof Form.prototype.submit === 'function') {
        forms.push(Form);
      }
    } else if (source.indexOf('Task submitForm needs a task id.') !== -1) {
      const Task = load(require, id);
      if (Task && typeof Task.submitForm === 'function') {
        tasks.push(Task);
      }
    }
  });
  forms.forEach(patchForm);
  tasks.forEach(patchTaskResource);
  if (!forms.length || !tasks.length) {
    console.warn('Kompeten: form-js or the task API not found in Tasklist\'s bundle; form refusals stay in '
      + 'form-js\'s English and without field names (see scripts/form-refusals.js)');
  }
}]);

export default {};
