/**
 * An outcome or error, in Fluent's MessageBar (its intent's icon and colour, the words always there).
 * It comes with the engine chunk: every message but "the engine could not be loaded" follows an action
 * of the engine, and that one the pane shows as plain text (App.tsx).
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-message-bar';
import type { PaneMessage } from '../use-scorecard';

export function Message({ message }: { message: PaneMessage }) {
  return (
    <MessageBar intent={message.intent} layout="multiline">
      <MessageBarBody>{message.text}</MessageBarBody>
    </MessageBar>
  );
}
