-- The markings a row may carry. A column of this type refuses anything higher, whatever wrote it:
-- Entente holds no classified data.
create domain marking_level as text
  check (value in ('PUBLIC', 'NON_CLASSIFIED', 'NATO_UNCLASSIFIED'));
