/**
 * Room kept clear around what the camera fits in view. In presentation mode the caption card covers the
 * bottom and the legend the left, so the subject is kept clear of both. The tour's browser test reads it too.
 */
export const FLY_PADDING = {
  present: { top: 60, bottom: 330, left: 300, right: 60 },
  normal: { top: 70, bottom: 70, left: 70, right: 70 },
} as const;

/** The largest zoom a fit to bounds goes to. */
export const FIT_MAX_ZOOM = 12;
