// One self-check question (Quiz.astro): the member ticks an answer, checks it, and gets
// feedback and the explanation. Nothing is sent anywhere.
import { readConfig, type Config, type ConfigSchema } from './config';
import { isRightAnswer, rightValues } from '../lib/quiz';
import { fill } from '../lib/messages';

export const schema = {
  /** The right answer, as src/lib/quiz.ts encodeAnswer writes it. */
  answer: 'string',
  /** The right answer in words (A、C), for the feedback. */
  answerText: 'string',
  right: 'string',
  /** Feedback for a wrong answer; {answer} is answerText. */
  wrong: 'string',
  /** Said when nothing is chosen. */
  empty: 'string',
  /** Beside each right option once checked. */
  markRight: 'string',
  /** Beside a chosen option that is wrong. */
  markWrong: 'string',
} as const satisfies ConfigSchema;
export type QuizItemConfig = Config<typeof schema>;

class AppQuizItem extends HTMLElement {
  connectedCallback() {
    const config = readConfig(this, schema);
    const button = this.querySelector<HTMLButtonElement>('[data-check]');
    const feedback = this.querySelector<HTMLElement>('[data-feedback]');
    const details = this.querySelector('details');
    if (!button || !feedback || !details) return;
    button.hidden = false;
    const feedbackText = feedback.querySelector<HTMLElement>('[data-feedback-text]')!;
    const marks = [...this.querySelectorAll<HTMLElement>('[data-option]')];
    const right = rightValues(config.answer);
    // Unmarked again as soon as the member changes an answer.
    this.addEventListener('change', () => {
      delete feedback.dataset.result;
      feedbackText.textContent = '';
      for (const option of marks) delete option.dataset.mark;
    });
    button.addEventListener('click', () => {
      const chosen = [...this.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
      if (chosen.length === 0) {
        feedback.dataset.result = 'empty';
        feedbackText.textContent = config.empty;
        return;
      }
      const isRight = isRightAnswer(chosen, config.answer);
      feedback.dataset.result = isRight ? 'right' : 'wrong';
      feedbackText.textContent = isRight ? config.right : fill(config.wrong, { answer: config.answerText });
      // Each option says what it is in words and a sign, not by colour alone.
      for (const option of marks) {
        const value = option.dataset.option!;
        const label = option.querySelector<HTMLElement>('[data-mark]')!;
        const mark = right.includes(value) ? 'right' : chosen.includes(value) ? 'wrong' : undefined;
        if (mark) option.dataset.mark = mark;
        else delete option.dataset.mark;
        label.textContent = mark === 'right' ? config.markRight : mark === 'wrong' ? config.markWrong : '';
      }
      details.open = true;
    });
  }
}
customElements.define('app-quiz-item', AppQuizItem);
