// What the VS Code client takes from the core: the default charter globs, the new-charter template, and
// the pieces of the matrix view's HTML. The client
// imports the server through this module only (test/architecture.test.ts), so the core's files can move
// without the client noticing.
export { DEFAULT_CHARTER_GLOBS } from './config/settings';
export { charterTemplate } from './features/templates';
export { escapeHtml, findingClass, sharedCellHtml } from './report/html';
export { pictureFindings } from './report/charterPicture';
export type { CharterPicture, MatrixColumn, MatrixRow, OrganisationPicture, PictureFinding } from './report/picture';
export type { RoleLoad } from './report/roleLoad';
export type { Position } from './model';
export type { CellMark, ColumnMark, PictureChanges, RowMark } from './diff/view';
export { ownershipChangeCount } from './diff/changes';
