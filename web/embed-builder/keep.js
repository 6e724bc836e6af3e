// What was typed into the builder, kept on this device (localStorage) as the
// person types, so that a reload or a second visit finds every setting again:
// each field by its name (the views' boxes by their values), and the builder's
// own choices beside them. Nothing leaves the browser.
const KEY = 'funnel-planner-builder';

// The form's fields as { name: value } ({ view: [ticked ids] }), with `extra`.
export function saveForm(form, extra) {
  const fields = {};
  for (const field of form.elements) {
    if (!field.name || field.disabled) continue;
    if (field.type === 'checkbox' && field.name === 'view') (fields.view ??= []).push(...(field.checked ? [field.value] : []));
    else if (field.type === 'checkbox') fields[field.name] = field.checked;
    else if (field.type === 'radio') { if (field.checked) fields[field.name] = field.value; }
    else fields[field.name] = field.value;
  }
  try {
    localStorage.setItem(KEY, JSON.stringify({ fields, ...extra }));
  } catch {
    // Storage refused (a private window, a full disk): the builder works on, without it.
  }
}

// The last saved settings put back into `form`; returns their `extra`, or null when there are none.
export function restoreForm(form) {
  let saved;
  try {
    saved = JSON.parse(localStorage.getItem(KEY));
  } catch {
    return null;
  }
  if (!saved || typeof saved.fields !== 'object') return null;
  const { fields, ...extra } = saved;
  for (const field of form.elements) {
    if (!field.name || field.disabled || !Object.hasOwn(fields, field.name)) continue;
    const value = fields[field.name];
    if (field.tagName === 'SELECT' && ![...field.options].some((option) => option.value === value)) continue;
    if (field.name === 'view') field.checked = Array.isArray(value) && value.includes(field.value);
    else if (field.type === 'checkbox') field.checked = value === true;
    else if (field.type === 'radio') field.checked = field.value === value;
    else if (typeof value === 'string' && field.type !== 'color') field.value = value;
    else if (typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value)) field.value = value;
  }
  return extra;
}
