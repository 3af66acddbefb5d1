// Answering quizzes in tests, by roles and labels: the first option of each question, or a
// wrong one once a check has shown which options are right.
import { expect } from './fixtures.mjs';

/** The questions of the first quiz on the page. */
export const questionsOf = (page) => page.getByRole('form', { name: 'Quiz' }).first().getByRole('group', { name: /^Question \d+/ });

const optionsOf = (question) => question.getByRole('radio').or(question.getByRole('checkbox'));

const labelOf = (option) => option.evaluate((el) => el.labels[0].textContent.trim());

/** Picks the first option of each question listed (0-based), every question by default. */
export async function answerFirst(page, which) {
  const questions = questionsOf(page);
  const count = await questions.count();
  for (const i of which ?? [...Array(count).keys()]) {
    const first = optionsOf(questions.nth(i)).first();
    await first.check();
    await expect(first).toBeChecked();
  }
}

/** After a check of every question: the labels of each question's right options. */
export async function rightAnswers(page) {
  const questions = questionsOf(page);
  const right = [];
  for (let i = 0; i < (await questions.count()); i++) {
    const items = questions.nth(i).getByRole('listitem');
    const labels = [];
    for (let j = 0; j < (await items.count()); j++) {
      const item = items.nth(j);
      if ((await item.getByText(/^Right answer\./).count()) > 0) labels.push(await labelOf(optionsOf(item)));
    }
    right.push(labels);
  }
  return right;
}

/** Answers every question wrongly, given `rightAnswers` from an earlier check. */
export async function answerWrong(page, right) {
  const questions = questionsOf(page);
  for (let i = 0; i < (await questions.count()); i++) {
    const options = optionsOf(questions.nth(i));
    for (let j = 0; j < (await options.count()); j++) {
      if (!right[i].includes(await labelOf(options.nth(j)))) {
        await options.nth(j).check();
        break;
      }
    }
  }
}

/** Checks the quiz, confirming "Check anyway" when questions are left blank. */
export async function check(page) {
  await page.getByRole('button', { name: 'Check my answers' }).first().click();
  const anyway = page.getByRole('button', { name: 'Check anyway' });
  if (await anyway.isVisible()) await anyway.click();
  await expect(page.getByRole('button', { name: 'Try again' }).first()).toBeVisible();
}

/** Every question of the quiz on the page answered wrongly and checked (two checks). */
export async function missEverything(page) {
  await answerFirst(page);
  await check(page);
  const right = await rightAnswers(page);
  await page.getByRole('button', { name: 'Try again' }).click();
  await answerWrong(page, right);
  await check(page);
}

/** Answers every question rightly, given `rightAnswers` from an earlier check. */
export async function answerRight(page, right) {
  const questions = questionsOf(page);
  for (let i = 0; i < (await questions.count()); i++) {
    const options = optionsOf(questions.nth(i));
    for (let j = 0; j < (await options.count()); j++) {
      if (right[i].includes(await labelOf(options.nth(j)))) await options.nth(j).check();
    }
  }
}
