/**
 * The components an MDX body may use: each renders data written once in content/ (a figure,
 * a timing, the warning signs). Every place that renders MDX passes this one object.
 */
import Advice from './Advice.astro';
import Fact from './Fact.astro';
import WarningSigns from './WarningSigns.astro';

export const mdxComponents = { Fact, Advice, WarningSigns };
