-- The location of each counted person's first placement (就业地域) joins the count's other dimensions, so that the
-- quarterly summary's breakdown by location is read from count_cell like the others instead of from a scan of the
-- counted persons and their placements (seconds on a large ledger).

ALTER TABLE counted_person ADD COLUMN job_location VARCHAR(20);
UPDATE counted_person
   SET job_location = (SELECT p.job_location FROM placement p WHERE p.id = counted_person.placement_id);
ALTER TABLE counted_person ALTER COLUMN job_location SET NOT NULL;

-- count_cell is derived from counted_person (CountStore): emptied, keyed by location as well, and summed again.
DELETE FROM count_cell;
ALTER TABLE count_cell DROP CONSTRAINT pk_count_cell;
ALTER TABLE count_cell ADD COLUMN job_location VARCHAR(20) NOT NULL;
ALTER TABLE count_cell ADD CONSTRAINT pk_count_cell
    PRIMARY KEY (plan_id, quarter_start, township_unit_id, employment_form, disability_category, job_location);
INSERT INTO count_cell (plan_id, quarter_start, township_unit_id, employment_form, disability_category, job_location,
                        persons)
SELECT plan_id, quarter_start, township_unit_id, employment_form, disability_category, job_location, COUNT(*)
  FROM counted_person
 GROUP BY plan_id, quarter_start, township_unit_id, employment_form, disability_category, job_location;
