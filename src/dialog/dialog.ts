/** The outcome dialog: shows the message passed in the URL; OK tells the command to close it. */
import { readDialogMessage } from './message';

function show(): void {
  const { message, tone } = readDialogMessage(window.location.search);
  document.getElementById('message')!.textContent = message;
  if (tone === 'problem') {
    document.body.classList.add('problem');
    document.getElementById('title')!.textContent = 'Performance Scorecard could not finish';
  }
  const ok = document.getElementById('ok') as HTMLButtonElement;
  ok.focus();
  ok.addEventListener('click', () => Office.context.ui.messageParent('close'));
}

Office.onReady(show);
