-- Demo data: voter rolls. This year's panel votes on an invited roll (its participants, their
-- institutions confirmed); two people who joined with the code wait for admission, and one of
-- them claims an institution nobody has confirmed yet, so every queue has someone in it.
-- Every demo password: sinergi-demo

-- the demo's people were made by the organiser: addresses and institutions confirmed
UPDATE app_user SET email_confirmed_at = created_at,
                    affiliation_confirmed_at = CASE WHEN institution_id IS NULL THEN NULL ELSE created_at END;

INSERT INTO app_user (id, name, email, password_hash, institution_id, active, language, created_at, email_confirmed_at,
                      affiliation_confirmed_at) VALUES
 (21, 'Fajar Nugroho', 'fajar.nugroho@sinergi.demo', 'pbkdf2-sha256$210000$RY6BmHZgFDhEkE7dJPQYHQ==$sUtVE3WHAfwcVun23g/6wip6lliBXDBA/JxoZKNusWI=', 2, TRUE, 'id', '2025-12-10 02:30:00', '2025-12-10 02:31:00', NULL),
 (22, 'Yuliana Putri', 'yuliana.putri@sinergi.demo', 'pbkdf2-sha256$210000$RY6BmHZgFDhEkE7dJPQYHQ==$sUtVE3WHAfwcVun23g/6wip6lliBXDBA/JxoZKNusWI=', NULL, TRUE, 'id', '2025-12-10 02:32:00', '2025-12-10 02:33:00', NULL);

INSERT INTO user_role (user_id, role) VALUES (21, 'PARTICIPANT'), (22, 'PARTICIPANT');

INSERT INTO forum_member (forum_id, user_id, joined_at) VALUES (1, 21, '2025-12-10 02:35:00'), (1, 22, '2025-12-10 02:36:00');

UPDATE forum SET roll_mode = 'INVITED', min_group_size = 5;

-- everyone the organiser invited is on the roll and opened their link; badge codes are printable
INSERT INTO forum_voter (forum_id, user_id, status, source, requested_at, decided_at, decided_by, invited_at, accepted_at, badge_code)
SELECT m.forum_id, m.user_id, 'ADMITTED', 'INVITED', m.joined_at, m.joined_at, 2, m.joined_at, m.joined_at,
       CONCAT('DEMO', m.forum_id, LPAD(m.user_id, 5, '0'))
FROM forum_member m WHERE m.user_id <= 20;

INSERT INTO forum_voter (forum_id, user_id, status, source, requested_at, badge_code) VALUES
 (1, 21, 'PENDING', 'REQUESTED', '2025-12-10 02:35:00', 'DEMO100021'),
 (1, 22, 'PENDING', 'REQUESTED', '2025-12-10 02:36:00', 'DEMO100022');

-- the moderator names a check-in helper for the venue
INSERT INTO forum_helper (forum_id, user_id) VALUES (1, 3);

-- the follow-up history as the application now writes it: reports and returns are internal
UPDATE action_event SET internal = TRUE WHERE kind IN ('REPORTED', 'RETURNED');
