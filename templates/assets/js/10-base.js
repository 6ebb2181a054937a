/* Placeholder: replaced by the theme. */
