-- 残疾人台账's list, searched by pinyin initials (and the same order for everyone): an index that holds, after the
-- search columns of ix_person_initials, every column the list shows, so that a page of the list is read from this
-- index alone. Without it each of a page's 30 persons is looked up in the table, on a different page of the file,
-- each read and decrypted when not in the cache: 10-20 ms of a keystroke on 200,000 persons, against 1-2 ms from
-- the index. Counts keep the narrower ix_person_initials, which the database prefers for them.
CREATE INDEX ix_person_list ON person (name_initials, name, id, deleted_at, gender, id_number, disability_category,
    disability_level, township_unit_id, village, employment_status, poverty_alleviated, monitored, subsistence,
    graduate);
