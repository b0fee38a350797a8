// Loaded by PdfRasteriser into headless Chromium: rasterises two PDFs with pdf.js and compares them page by page.
import * as pdfjs from './pdfjs/pdf.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = './pdfjs/pdf.worker.mjs';

const bytes = base64 => Uint8Array.from(atob(base64), c => c.charCodeAt(0));

async function renderPage(pdf, number, scale) {
  const page = await pdf.getPage(number);
  const viewport = page.getViewport({ scale });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.ceil(viewport.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvas, canvasContext: context, viewport }).promise;
  return canvas;
}

function blankCanvas(width, height) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  return canvas;
}

// A pixel differs when one of its colour channels moves by more than channelTolerance (anti-aliasing moves edges a little).
// Pages of different sizes are compared on the larger size, so the missing area counts as differing.
function comparePages(reference, current, channelTolerance) {
  const width = Math.max(reference.width, current.width);
  const height = Math.max(reference.height, current.height);
  const a = reference.getContext('2d').getImageData(0, 0, width, height).data;
  const b = current.getContext('2d').getImageData(0, 0, width, height).data;
  const diff = blankCanvas(width, height);
  const diffContext = diff.getContext('2d');
  const diffImage = diffContext.getImageData(0, 0, width, height);
  let differing = 0;
  for (let i = 0; i < a.length; i += 4) {
    const moved = Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2]), Math.abs(a[i + 3] - b[i + 3]));
    if (moved > channelTolerance) {
      differing++;
      diffImage.data.set([255, 0, 0, 255], i);
    } else {
      const grey = 255 - Math.round((255 - a[i]) / 4);
      diffImage.data.set([grey, grey, grey, 255], i);
    }
  }
  diffContext.putImageData(diffImage, 0, 0);
  return { width, height, differing, diff };
}

window.comparePdfs = async (referenceBase64, currentBase64, scale, channelTolerance, maxShare) => {
  const [reference, current] = await Promise.all([
    pdfjs.getDocument({ data: bytes(referenceBase64), isEvalSupported: false }).promise,
    pdfjs.getDocument({ data: bytes(currentBase64), isEvalSupported: false }).promise,
  ]);
  const pages = [];
  for (let number = 1; number <= Math.max(reference.numPages, current.numPages); number++) {
    const a = number <= reference.numPages ? await renderPage(reference, number, scale) : null;
    const b = number <= current.numPages ? await renderPage(current, number, scale) : null;
    const left = a ?? blankCanvas(b.width, b.height);
    const right = b ?? blankCanvas(a.width, a.height);
    const { width, height, differing, diff } = comparePages(left, right, channelTolerance);
    const share = differing / (width * height);
    const images = share > maxShare
      ? { reference: left.toDataURL('image/png'), current: right.toDataURL('image/png'), diff: diff.toDataURL('image/png') }
      : null;
    pages.push({ number, width, height, differing, share, images });
  }
  return { referencePages: reference.numPages, currentPages: current.numPages, pages };
};
window.pdfCompareReady = true;
