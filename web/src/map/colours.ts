/** Grey for units without a value (the map adds hatching, the legend shows both). */
export const NO_DATA_COLOUR = '#d5dadf';
