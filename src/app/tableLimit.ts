// How many tokens a matrix may have and still be shown cell by cell with its numbers: the page's
// table and lines views, and the SVG export's numbered cells. Beyond it the page shows a heatmap
// and the SVG one picture.

export const TABLE_TOKEN_LIMIT = 32;
