-- The synthetic province of `make scale`, in set-based SQL (bench/scale.py fills the {names}).
-- One statement per table (the attempts' in parts), each INSERT … SELECT over generate_series;
-- ids are given explicitly (the demo's rows first, then {xx_base} + ordinal) so that every row
-- can name its foreign keys by arithmetic. h(x) below is a fixed multiplicative hash: the same
-- build gives the same data (but the question outcomes' ids, see there).
-- Stages are separated by lines "-- stage: <label>".

-- stage: helper functions
CREATE OR REPLACE FUNCTION pg_temp.h(x bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$ SELECT (x * 2654435761) % 4294967291 $$;
CREATE OR REPLACE FUNCTION pg_temp.code(n bigint, len int, grp int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg(
    CASE WHEN i > 0 AND i % grp = 0 THEN '-' ELSE '' END
    || substr('34679ACDEFGHJKMNPQRTUVWXY', ((n / (25::bigint ^ (len - 1 - i))::bigint) % 25)::int + 1, 1),
    '' ORDER BY i)
  FROM generate_series(0, len - 1) AS i
$$;
CREATE OR REPLACE FUNCTION pg_temp.moment(x bigint) RETURNS timestamptz
LANGUAGE sql IMMUTABLE AS $$
  SELECT timestamptz '{start}' + (pg_temp.h(x) % {seconds}) * interval '1 second'
$$;
CREATE OR REPLACE FUNCTION pg_temp.day(x bigint) RETURNS date
LANGUAGE sql IMMUTABLE AS $$ SELECT date '{start_day}' + (pg_temp.h(x) % {days})::int $$;

-- stage: communes and villages
INSERT INTO places_commune (id, name)
SELECT {commune_base} + c, 'Xã Tổng hợp ' || lpad(c::text, 3, '0')
FROM generate_series(1::bigint, {communes}) AS c;
INSERT INTO places_village (id, name, kind, households, residents_15_plus, sort_order, commune_id)
SELECT {village_base} + v,
       'Thôn ' || (1 + (v - 1) % {villages_per_commune}) || ' – Xã Tổng hợp '
         || lpad((1 + (v - 1) / {villages_per_commune})::text, 3, '0'),
       'thon', {village_households}, {village_residents}, (v - 1) % {villages_per_commune},
       {commune_base} + 1 + (v - 1) / {villages_per_commune}
FROM generate_series(1::bigint, {villages}) AS v;

-- stage: learners
-- Codes are a bijection of the ordinal; the few that a demo learner already has take the code
-- of ordinal + learners instead (scale_taken: the demo's codes).
INSERT INTO learners_learner (id, code, display_name, birth_year, village_id, village_note,
                              pin_hash, recovery_hash, created_at)
SELECT {learner_base} + c.g,
       CASE WHEN t.code IS NULL THEN c.first
            ELSE pg_temp.code(((c.g + {learners}) * 48271 + 7) % 244140625, 6, 3) END,
       'Học viên ' || c.g, 1950 + (c.g % 56), {village_base} + 1 + (c.g - 1) % {villages}, '',
       '{pin_hash}', '', pg_temp.moment(c.g)
FROM (SELECT g, pg_temp.code((g * 48271 + 7) % 244140625, 6, 3) AS first
      FROM generate_series(1::bigint, {learners}) AS g) AS c
LEFT JOIN scale_taken AS t ON t.code = c.first
ORDER BY c.g;

-- stage: quiz attempts
-- Learners 1–10 took {heavy_each} attempts each (the learner's page is timed on them); 5 % of
-- the others are phones without a profile (a session key); the rest spread over all learners.
-- Loaded in parts ({lo}–{hi}), each on a connection of its own at once (bench/scale.py).
-- split: attempts
INSERT INTO learners_quizattempt (id, public_id, learner_id, session_key, quiz_id, revision_id,
                                  token, "order", answers, results, correct, total, percent,
                                  pass_mark, passed, created_at)
SELECT {attempt_base} + g, md5('attempt' || g)::uuid,
       CASE WHEN g <= {heavy} THEN {learner_base} + 1 + (g - 1) % 10
            WHEN g % 20 = 0 THEN NULL
            ELSE {learner_base} + 1 + pg_temp.h(g) % {learners} END,
       CASE WHEN g > {heavy} AND g % 20 = 0 THEN 'scale' || (g / 20) % {sessions} ELSE '' END,
       q.quiz_id, q.revision_id, 'scale-' || md5('token' || g), '[]', '{{}}', '[]',
       s.correct, q.total, (100 * s.correct / q.total), q.pass_mark,
       100 * s.correct >= q.pass_mark * q.total, pg_temp.moment(g)
FROM generate_series({lo}::bigint, {hi}) AS g
JOIN scale_quiz AS q ON q.n = g % {quizzes}
CROSS JOIN LATERAL (SELECT (pg_temp.h(g + 7) % (q.total + 1))::int AS correct) AS s;

-- stage: question outcomes
-- One row per question of an attempt, for the first {outcome_attempts} attempts: as many right
-- as the attempt's score says (which ones turns with the attempt). On one connection, numbered
-- in the order the attempts are read (which the attempts' load in parts makes vary a little
-- from build to build): the primary key's index grows by appends, as compact as in use.
INSERT INTO learners_questionoutcome (id, attempt_id, quiz_id, question_id, skill_id, correct)
SELECT row_number() OVER () + {outcome_base}, a.id, a.quiz_id, qq.question_id, qq.skill_id,
       ((qq.position + a.id) % a.total) < a.correct
FROM learners_quizattempt AS a
JOIN scale_question AS qq ON qq.quiz_id = a.quiz_id
WHERE a.id > {attempt_base} AND a.id <= {attempt_base} + {outcome_attempts};

-- stage: lesson completions
INSERT INTO learners_lessoncompletion (id, learner_id, session_key, lesson_id, source, created_at)
SELECT {completion_base} + g, {learner_base} + 1 + (g - 1) % {learners}, '', l.lesson_id,
       (ARRAY['self', 'quiz', 'trainer'])[1 + g % 3], pg_temp.moment(g + 11)
FROM generate_series(1::bigint, {completions}) AS g
JOIN scale_lesson AS l ON l.n = ((g - 1) / {learners}) % {lessons};

-- stage: skills achieved
INSERT INTO learners_skillachievement (id, learner_id, skill_id, achieved_at)
SELECT {achievement_base} + g, {learner_base} + 1 + (g - 1) % {learners}, s.skill_id,
       pg_temp.moment(g + 13)
FROM generate_series(1::bigint, {achievements}) AS g
JOIN scale_skill AS s ON s.n = ((g - 1) / {learners}) % {skills};

-- stage: certificates
INSERT INTO learners_certificate (id, code, learner_id, kind, topic_id, title, masked_name, skills,
                                  issued_at, withdrawn, revoke_reason)
SELECT {certificate_base} + g,
       pg_temp.code((g * 48271 + {certificate_code_shift}) % 152587890625, 8, 4),
       {learner_base} + g,
       CASE WHEN g <= {topic_certificates} THEN 'topic' ELSE 'basic' END,
       CASE WHEN g <= {topic_certificates} THEN t.topic_id END,
       CASE WHEN g <= {topic_certificates} THEN t.title ELSE 'Phổ cập kỹ năng số cơ bản' END,
       'H** v** ' || g, '[]', pg_temp.moment(g + 17), false, ''
FROM generate_series(1::bigint, {certificates}) AS g
JOIN scale_topic AS t ON t.n = g % {topics};

-- stage: households
INSERT INTO community_household (id, client_id, village_id, display_name, address_note, groups,
                                 has_smartphone_online, consented_on, created_at)
SELECT {household_base} + g, md5('household' || g)::uuid,
       {village_base} + 1 + (g - 1) % {villages}, 'Hộ số ' || g, '', '[]', g % 4 <> 0,
       pg_temp.day(g + 19), pg_temp.moment(g + 19)
FROM generate_series(1::bigint, {households}) AS g;

-- stage: household members
-- Member g is learner g, in household 1 + (g - 1) % households (the same village when the
-- number of households is a multiple of the number of villages, as at full scale).
INSERT INTO community_member (id, household_id, learner_id, birth_year, joined_at)
SELECT {member_base} + g, {household_base} + 1 + (g - 1) % {households}, {learner_base} + g,
       1950 + (g % 56), pg_temp.moment(g + 23)
FROM generate_series(1::bigint, {members}) AS g;

-- stage: visits
INSERT INTO community_visit (id, client_id, household_id, trainer_id, visited_on, remaining,
                             created_at)
SELECT {visit_base} + g, md5('visit' || g)::uuid, {household_base} + 1 + (g - 1) % {households},
       {trainer}, pg_temp.day(g + 29), '', pg_temp.moment(g + 29)
FROM generate_series(1::bigint, {visits}) AS g;

-- stage: outcomes seen
-- Seen at the household's first visit (visit ordinal = household ordinal).
INSERT INTO community_outcomeseen (id, member_id, outcome_id, visit_id, seen_on)
SELECT {seen_base} + g, {member_base} + 1 + (g - 1) % {members}, o.outcome_id,
       {visit_base} + 1 + ((g - 1) % {members}) % {households},
       pg_temp.day(1 + ((g - 1) % {members}) % {households} + 29)
FROM generate_series(1::bigint, {seen}) AS g
JOIN scale_outcome AS o ON o.n = ((g - 1) / {members}) % {outcomes};

-- stage: running tallies (the triggers of learners 0009 were off during the load)
TRUNCATE learners_quiztally, learners_quizpersontally, learners_questiontally;
INSERT INTO learners_quizpersontally (quiz_id, person, attempts, passed)
SELECT quiz_id, CASE WHEN learner_id IS NOT NULL THEN 'l' || learner_id ELSE 's' || session_key END,
       count(*), count(*) FILTER (WHERE passed)
FROM learners_quizattempt WHERE learner_id IS NOT NULL OR session_key <> ''
GROUP BY 1, 2;
INSERT INTO learners_quiztally (quiz_id, slot, attempts, attempts_passed, people, people_passed)
SELECT quiz_id, 0, sum(attempts), sum(attempts_passed), sum(people), sum(people_passed) FROM (
  SELECT quiz_id, count(*) AS attempts, count(*) FILTER (WHERE passed) AS attempts_passed,
         0 AS people, 0 AS people_passed
  FROM learners_quizattempt GROUP BY quiz_id
  UNION ALL
  SELECT quiz_id, 0, 0, count(*), count(*) FILTER (WHERE passed > 0)
  FROM learners_quizpersontally GROUP BY quiz_id
) AS parts GROUP BY quiz_id;
INSERT INTO learners_questiontally (quiz_id, question_id, slot, answered, correct)
SELECT quiz_id, question_id, 0, count(*), count(*) FILTER (WHERE correct)
FROM learners_questionoutcome GROUP BY quiz_id, question_id;

-- stage: recognitions and problems
INSERT INTO community_recognition (id, household_id, code, masked_name, recognised_on,
                                   revoke_reason)
SELECT {recognition_base} + g, {household_base} + g * 10,
       'GDS-' || lpad(g::text, 8, '0'), 'Hộ s** ' || g, pg_temp.day(g + 31), ''
FROM generate_series(1::bigint, {recognitions}) AS g;
INSERT INTO community_problem (id, client_id, household_id, village_id, kind, note, opened_on,
                               closing_note)
SELECT {problem_base} + g, md5('problem' || g)::uuid, {household_base} + g * 50,
       {village_base} + 1 + (g * 50 - 1) % {villages}, 'other', '', pg_temp.day(g + 37), ''
FROM generate_series(1::bigint, {problems}) AS g;

-- stage: the dashboard's summary (the triggers of community 0004 were off during the load)
-- The same rules as that migration's REFRESH, for every household at once.
TRUNCATE community_progressevent, community_villageday, community_communeday;
INSERT INTO community_progressevent (household_id, village_id, kind, day)
SELECT h.id, h.village_id, 'reached', f.day
FROM community_household AS h JOIN (
  SELECT x.household_id, min(x.day) AS day FROM (
    SELECT m.household_id, s.seen_on AS day
    FROM community_outcomeseen AS s JOIN community_member AS m ON m.id = s.member_id
    UNION ALL
    SELECT m.household_id, (c.created_at AT TIME ZONE 'UTC')::date AS day
    FROM learners_lessoncompletion AS c JOIN community_member AS m ON m.learner_id = c.learner_id
  ) AS x GROUP BY x.household_id
) AS f ON f.household_id = h.id
UNION ALL
SELECT h.id, h.village_id, 'vneid', v.day
FROM community_household AS h JOIN (
  SELECT m.household_id, m.birth_year, min(s.seen_on) AS day
  FROM community_outcomeseen AS s JOIN community_member AS m ON m.id = s.member_id
  JOIN community_outcome AS o ON o.id = s.outcome_id
  WHERE o.meaning = 'vneid_account'
  GROUP BY m.id, m.household_id, m.birth_year
) AS v ON v.household_id = h.id
WHERE v.birth_year IS NULL OR extract(year FROM v.day)::int - v.birth_year >= 15
UNION ALL
SELECT h.id, h.village_id, 'online', greatest(b.online, b.cashless)
FROM community_household AS h JOIN (
  SELECT m.household_id,
         min(CASE WHEN o.meaning = 'online_services' THEN s.seen_on END) AS online,
         min(CASE WHEN o.meaning = 'cashless' THEN s.seen_on END) AS cashless
  FROM community_outcomeseen AS s JOIN community_member AS m ON m.id = s.member_id
  JOIN community_outcome AS o ON o.id = s.outcome_id
  WHERE o.meaning IN ('online_services', 'cashless')
  GROUP BY m.household_id
) AS b ON b.household_id = h.id
WHERE b.online IS NOT NULL AND b.cashless IS NOT NULL
UNION ALL
SELECT h.id, h.village_id, 'recognised', r.recognised_on
FROM community_household AS h JOIN community_recognition AS r ON r.household_id = h.id
UNION ALL
SELECT h.id, h.village_id, 'revoked', greatest(r.recognised_on, r.revoked_on)
FROM community_household AS h JOIN community_recognition AS r ON r.household_id = h.id
WHERE r.revoked_on IS NOT NULL;
INSERT INTO community_villageday (village_id, kind, day, n)
SELECT village_id, kind, day, count(*) FROM community_progressevent GROUP BY 1, 2, 3;
INSERT INTO community_communeday (commune_id, kind, day, n)
SELECT coalesce(v.commune_id, 0), d.kind, d.day, sum(d.n)
FROM community_villageday AS d JOIN places_village AS v ON v.id = d.village_id
GROUP BY 1, 2, 3;
