-- A mentor's rating is counted in the database, one review at a time, in one UPDATE (concurrent reviews are
-- ordered by the row lock, none is lost). The exact total of the ratings is kept so the average never drifts
-- from rounding; the count and average are recomputed from the reviews themselves once, healing any review an
-- earlier read-modify-write lost.
ALTER TABLE mentor ADD COLUMN rating_total INT NOT NULL DEFAULT 0;
UPDATE mentor m SET rating_total   = coalesce(r.total, 0),
                    rating_count   = coalesce(r.count, 0),
                    rating_average = r.average
FROM (SELECT mentor_id, sum(rating) AS total, count(*) AS count, round(avg(rating), 2) AS average
      FROM review GROUP BY mentor_id) r
WHERE r.mentor_id = m.id;
