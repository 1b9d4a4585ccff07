// The print date of PrintFooter.astro, filled in as the reader prints: today on the reader's
// calendar, written like every other date of the site.
import { formatDate } from '../lib/dates';

window.addEventListener('beforeprint', () => {
  const today = new Date();
  // formatDate reads a calendar date at UTC midnight, as frontmatter dates are.
  const text = formatDate(new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())));
  for (const slot of document.querySelectorAll('[data-print-date]')) slot.textContent = text;
});
