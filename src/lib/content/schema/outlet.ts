/** An outlet that published, translated or republished a piece. */
import { z } from 'zod';
import { LIMITS, nonEmpty, url } from './common.ts';
import { translations } from './translations.ts';

export const outletKinds = ['blog', 'news agency', 'newsletter', 'newspaper', 'republisher', 'translation service'] as const;

export const outletSchema = z.strictObject({
  /** The outlet's name. */
  name: nonEmpty("the outlet's name"),
  /** Its site, or null when unknown. */
  url: url.nullable(),
  /** What kind of outlet it is; a newsletter is cited by its own name with the outlet as publisher. */
  kind: z.enum(outletKinds, { error: `one of ${outletKinds.join(', ')}` }),
  /** A one-line description. */
  description: nonEmpty('a one-line description', { max: LIMITS.paragraph }),
  /** The description in Russian and Kazakh (./translations.ts). */
  translations: translations('outlets'),
});
