import { saveDownload } from '../../ui/download';

/** Lets the user choose a local file and reads it as text (null when they cancel). */
export function pickFile(accept: string): Promise<{ name: string; content: string } | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.dataset.testid = 'file-input';
    input.style.display = 'none';
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      input.remove();
      resolve(file ? { name: file.name, content: await file.text() } : null);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

/** Saves text as a download. */
export function downloadText(fileName: string, text: string, type: string): void {
  saveDownload(new Blob([text], { type }), fileName);
}
