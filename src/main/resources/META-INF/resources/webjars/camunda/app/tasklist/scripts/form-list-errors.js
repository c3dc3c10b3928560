// Kompeten: lets Tasklist's "Selesaikan" button enable on forms with a repeating dynamic list.
//
// Tasklist 7.24 disables the button while `Object.keys(errors).length` of its form-js form is not 0. form-js
// 1.13.2 (bundled in Tasklist's lib/deps.js) clears the error of a field inside a repeating list by setting
// errors[fieldId][rowIndex] to undefined, which deletes the row's entry but leaves errors[fieldId] = [] behind
// (bpmn-io/form-js#1494). That happens to every prefilled field of a row when the form opens and to every
// field a user changes, so the button never enables. Here form-js's state setter drops the entries that hold
// no message before anyone (Tasklist included) hears of the change; an entry with a real message stays, and
// the button behaves as it does on forms without lists.
//
// form-js is not a global: its Form class is taken from webpack's module registry of Tasklist's bundle.
// Should a later Tasklist build not have it, nothing is changed and the console says so.

/** true if an error entry (a message, or a list of them per row) holds at least one message */
function holdsMessage(entry) {
  if (typeof entry === 'string') {
    return true;
  }
  if (entry && typeof entry === 'object') {
    return Object.values(entry).some(holdsMessage);
  }
  return false;
}

function withoutEmptyEntries(errors) {
  const kept = {};
  Object.keys(errors).forEach(function (key) {
    if (holdsMessage(errors[key])) {
      kept[key] = errors[key];
    }
  });
  return kept;
}

function patch(Form) {
  if (Form.prototype._kompetenListErrors) {
    return;
  }
  const setState = Form.prototype._setState;
  Form.prototype._setState = function (state) {
    if (state && state.errors && typeof state.errors === 'object') {
      state = Object.assign({}, state, {errors: withoutEmptyEntries(state.errors)});
    }
    return setState.call(this, state);
  };
  Form.prototype._kompetenListErrors = true;
}

function formClasses(require) {
  return Object.keys(require.m)
    .filter(function (id) {
      const source = String(require.m[id]);
      return source.indexOf('formFieldInstanceRegistry') !== -1 && source.indexOf('_setState') !== -1;
    })
    .map(function (id) {
      try {
        return require(id).Form;
      } catch (e) {
        return undefined;
      }
    })
    .filter(function (Form) {
      return typeof Form === 'function' && Form.prototype && typeof Form.prototype._setState === 'function'
        && typeof Form.prototype.importSchema === 'function';
    });
}

const chunks = (self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []);
chunks.push([['kompeten-form-list-errors'], {}, function (require) {
  const found = formClasses(require);
  found.forEach(patch);
  if (!found.length) {
    console.warn('Kompeten: form-js not found in Tasklist\'s bundle; forms with repeating lists keep Tasklist\'s '
      + 'complete button disabled (see scripts/form-list-errors.js)');
  }
}]);

export default {};
