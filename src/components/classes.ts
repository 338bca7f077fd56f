/**
 * Class lists the pages and components share, so a link looks the same wherever it is written.
 * Links inside rendered Markdown take the same colours from `<Prose>`.
 */

/** A link in running text. */
export const linkClass = 'text-brand-800 underline dark:text-brand-100';
