/** A file that cannot be imported at all (as opposed to rows with problems, which are reported per row). */
export class ImportFileError extends Error {}
