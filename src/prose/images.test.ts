import { describe, expect, it } from 'vitest';
import { findImagesWithoutAlt } from './images';

describe('findImagesWithoutAlt', () => {
	it('accepts images that say what they show', () => {
		expect(
			findImagesWithoutAlt(
				'![A microneedling pen](pen.png)\n\n<img src="roller.png" alt="A derma roller" />\n\n<Image src={pen} alt={penAlt} />\n',
			),
		).toEqual([]);
	});

	it('reports a Markdown image with empty brackets, with its line and the fix', () => {
		expect(findImagesWithoutAlt('---\ntitle: x\n---\nText.\n\n![](x.png)\n')).toEqual([
			{
				line: 6,
				message:
					'the image "x.png" has no alt text. Say what it shows inside the brackets, for example ![A microneedling pen held against the cheek](x.png).',
			},
		]);
		expect(findImagesWithoutAlt('Inline ![ ](y.png) image.\n')).toHaveLength(1);
	});

	it('reports an <img> without alt, or with an empty one', () => {
		expect(findImagesWithoutAlt('<img src="z.png" />\n\nText <img src="w.png" alt="" /> inline.\n')).toEqual([
			{ line: 1, message: 'the image "z.png" has no alt text. Add alt="…" to the <img> tag, saying what the picture shows.' },
			{ line: 3, message: 'the image "w.png" has no alt text. Add alt="…" to the <img> tag, saying what the picture shows.' },
		]);
	});

	it('leaves other components alone', () => {
		expect(findImagesWithoutAlt('<Fact id="course-sessions" />\n')).toEqual([]);
	});
});
