const express = require('express');
const multer = require('multer');
const sharp = require('sharp');

const app = express();
const upload = multer({ storage: multer.memoryStorage() });

app.post('/thumbnail', upload.single('image'), async (req, res) => {
  const png = await sharp(req.file.buffer).resize(200, 200, { fit: 'inside' }).png().toBuffer();
  res.type('png').send(png);
});

app.listen(3000, () => console.log('thumbnailer listening on :3000'));
