// The lesson's icons, drawn from icon.svg by render-icons.js into public/.

/** File name and size in pixels of every icon drawn. */
export const ICONS = Object.freeze([
  { file: 'icon-32.png', size: 32 },
  { file: 'icon-192.png', size: 192 },
  { file: 'icon-512.png', size: 512 },
]);
