// One self-check question (Quiz.astro): the member ticks an answer, checks it, and gets
// feedback and the explanation. Nothing is sent anywhere.
import { readConfig, type Config, type ConfigSchema } from './config';
import { isRightAnswer } from '../lib/quiz';
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
    button.addEventListener('click', () => {
      const chosen = [...this.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
      if (chosen.length === 0) {
        feedback.textContent = config.empty;
        return;
      }
      const right = isRightAnswer(chosen, config.answer);
      feedback.textContent = right ? config.right : fill(config.wrong, { answer: config.answerText });
      feedback.dataset.result = right ? 'right' : 'wrong';
      details.open = true;
    });
  }
}
customElements.define('app-quiz-item', AppQuizItem);
