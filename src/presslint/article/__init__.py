"""An article read: decoding, the model of blocks with offsets, the readers and the per-article facts."""
