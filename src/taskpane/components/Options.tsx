/** The <option>s of a drop-down, one for each choice: its value and the label the analyst reads. */
export function Options({ choices }: { choices: readonly { value: string; label: string }[] }) {
  return (
    <>
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </>
  );
}
