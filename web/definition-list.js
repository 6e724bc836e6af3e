// Label-value pairs into a <dl>, as text: the printout's inputs, the
// forecast's revenue and goal. Lent to the views as the shell's definitions().
export function fillDefinitions(list, pairs) {
  list.replaceChildren(...pairs.flatMap(([label, text]) => {
    const term = document.createElement('dt');
    term.textContent = label;
    const value = document.createElement('dd');
    value.textContent = text;
    return [term, value];
  }));
}
