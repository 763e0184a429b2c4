import { describe, expect, it } from 'vitest';
import { withKeyboardForms, withKeyboardWords } from './kazakh-keyboard.ts';

describe('Kazakh typed on a Russian keyboard', () => {
  it('adds each form with a Kazakh letter as the Russian keyboard types it', () => {
    expect(withKeyboardForms(['Қаңтар оқиғасы', 'январские события', 'Qantar'])).toEqual([
      'Қаңтар оқиғасы',
      'Кантар окигасы',
      'январские события',
      'Qantar',
    ]);
  });
  it.each([
    ['әғқңөұүһі', 'агкноуухи'],
    ['ӘҒҚҢӨҰҮҺІ', 'АГКНОУУХИ'],
  ])('substitutes all nine letters, in their case: %s', (kazakh, typed) => {
    expect(withKeyboardForms([kazakh])).toEqual([kazakh, typed]);
  });
  it('adds a text’s substituted words once, after it, and leaves a text without Kazakh letters as it is', () => {
    expect(withKeyboardWords('Тоқаев ҰҚШҰ-дан көмек сұрайды, Тоқаев')).toBe(
      'Тоқаев ҰҚШҰ-дан көмек сұрайды, Тоқаев Токаев УКШУ-дан комек сурайды,',
    );
    expect(withKeyboardWords('Токаев просит ОДКБ')).toBe('Токаев просит ОДКБ');
  });
});
