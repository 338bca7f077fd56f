/**
 * The components an MDX body may use: each renders data written once in content/ (a figure,
 * a timing, the warning signs). Every place that renders MDX passes this one object; its keys
 * are the data components of src/model/data-components.ts, no more and no fewer.
 */
import type { DataComponent } from '../model/data-components';
import Advice from './Advice.astro';
import Fact from './Fact.astro';
import WarningSigns from './WarningSigns.astro';

export const mdxComponents = { Fact, Advice, WarningSigns } satisfies Record<DataComponent, unknown>;
