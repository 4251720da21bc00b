import * as assert from 'node:assert/strict';
import { checkText } from '../../server/src/core/check';
import { charterTemplate } from '../../server/src/core/features/templates';

describe('new charter templates', () => {
  for (const format of ['markdown', 'yaml'] as const) {
    it(`${format}: a filled-in charter with no findings`, () => {
      const { text, fileName } = charterTemplate(format);
      const result = checkText(text, { path: fileName });
      assert.equal(result.charter.format, format);
      assert.equal(result.charter.roles.length, 3);
      assert.equal(result.charter.responsibilities.length, 3);
      assert.deepEqual(result.findings, []);
    });
  }
});
