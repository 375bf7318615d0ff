// The text of src/data/word-classes.json: the table's JSON laid out the way Prettier lays it out
// (one word per line), so the committed file passes `prettier --check` and diffs line by line.

/**
 * @param {import('./build-word-table.js').WordTableJson} table
 * @returns {string}
 */
export function serialiseWordTable(table) {
  const { words, ...head } = table;
  const headLines = Object.entries(head).map(([key, value]) => {
    /** @type {string} */
    let text;
    if (Array.isArray(value)) {
      text = `[\n${value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
    } else if (typeof value === 'object') {
      const fields = Object.entries(value).map(
        ([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`,
      );
      text = `{\n${fields.join(',\n')}\n  }`;
    } else {
      text = JSON.stringify(value);
    }
    return `  ${JSON.stringify(key)}: ${text}`;
  });
  const wordLines = words.map(
    (row) => `    [${row.map((item) => JSON.stringify(item)).join(', ')}]`,
  );
  return `{\n${headLines.join(',\n')},\n  "words": [\n${wordLines.join(',\n')}\n  ]\n}\n`;
}
