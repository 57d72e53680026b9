-- Demo data: the panel of 2023, the first of the same organiser. Its follow-up is over: most
-- actions were delivered, two unfinished ones were carried over into the 2024 forum (where they
-- continue), and one was closed with a public reason. With 2024 and 2025 the institution pages
-- (/i/{slug}) tell a story over three years. At start-up the application closes its vote and
-- publishes version 1 as for 2024 (DemoPublisher).

INSERT INTO forum (id, slug, title, description, venue, starts_at, ends_at, organiser_id, visibility, join_code, phase, created_at,
                   roll_mode, min_group_size) VALUES
 (4, 'tppo-babel-2023', 'Diskusi Panel Pencegahan TPPO 2023',
  'Panel pertama: instansi di Kepulauan Bangka Belitung bersepakat tentang langkah awal pencegahan tindak pidana perdagangan orang (TPPO). Tindak lanjutnya telah berakhir; yang belum selesai dilanjutkan pada forum 2024.',
  'Aula Kantor Wilayah Direktorat Jenderal Imigrasi Kepulauan Bangka Belitung, Pangkalpinang',
  '2023-12-07 02:00:00', '2023-12-07 08:00:00', 1, 'PUBLIC', 'TPPO23', 'CLOSED', '2023-11-06 02:00:00', 'INVITED', 5);

INSERT INTO theme (forum_id, name, position) VALUES (4, 'Pencegahan', 0), (4, 'Penegakan hukum', 1), (4, 'Perlindungan korban', 2);

INSERT INTO forum_moderator (forum_id, user_id) VALUES (4, 2);

INSERT INTO forum_member (forum_id, user_id, joined_at)
SELECT 4, id, '2023-12-07 02:10:00' FROM app_user WHERE id BETWEEN 3 AND 20;

INSERT INTO forum_voter (forum_id, user_id, status, source, requested_at, decided_at, decided_by, invited_at, accepted_at, badge_code)
SELECT 4, m.user_id, 'ADMITTED', 'INVITED', m.joined_at, m.joined_at, 2, m.joined_at, m.joined_at, CONCAT('DEMO4', LPAD(m.user_id, 5, '0'))
FROM forum_member m WHERE m.forum_id = 4;

INSERT INTO recommendation (id, forum_id, theme_id, position, title, body, status, comment_count, created_by, created_at, updated_at) VALUES
 (301, 4, (SELECT id FROM theme WHERE forum_id = 4 AND position = 0), 1, 'Informasi migrasi aman di titik layanan publik',
  'Kantor Imigrasi dan biro perjalanan menyediakan informasi migrasi aman dan daftar agen penempatan resmi di setiap titik layanan.', 'DRAFT', 0, 2,
  '2023-12-07 05:00:00', '2023-12-07 05:00:00'),
 (302, 4, (SELECT id FROM theme WHERE forum_id = 4 AND position = 1), 2, 'Penanganan terpadu perkara dan korban TPPO',
  'Kepolisian membentuk satgas TPPO sampai tingkat polres, dan pemerintah provinsi menyiapkan rumah perlindungan terpadu bagi korban.', 'DRAFT', 0, 2,
  '2023-12-07 05:05:00', '2023-12-07 05:05:00'),
 (303, 4, (SELECT id FROM theme WHERE forum_id = 4 AND position = 2), 3, 'Data dan riset pola perekrutan',
  'BP3MI mendata calon pekerja migran di desa asal, dan perguruan tinggi meneliti pola perekrutan nonprosedural di Bangka Belitung.', 'DRAFT', 0, 2,
  '2023-12-07 05:10:00', '2023-12-07 05:10:00');

INSERT INTO ballot (forum_id, opened_at, ends_at, quorum_percent, threshold_percent, show_running_totals) VALUES
 (4, '2023-12-07 06:00:00', '2023-12-07 08:00:00', 50, 50, FALSE);

INSERT INTO vote (recommendation_id, user_id, choice, cast_at)
SELECT r.id, u.id, IF(MOD(u.id + r.id, 6) = 0, 'DISAGREE', IF(MOD(u.id + r.id, 13) = 0, 'ABSTAIN', 'AGREE')), '2023-12-07 07:00:00'
FROM recommendation r JOIN app_user u ON u.id BETWEEN 3 AND 20
WHERE r.forum_id = 4 AND MOD(u.id + 2 * r.id, 7) <> 0;

-- 2023's actions: three delivered, two carried over into 2024 (below), one closed with a reason
INSERT INTO action (id, forum_id, recommendation_id, institution_id, lead_id, title, description, due_date, status, progress,
                    closed_reason, last_review, last_reported_at, created_by, created_at, updated_at) VALUES
 (3001, 4, 301, 12, 17, 'Daftar agen penempatan resmi di setiap biro perjalanan',
  'ASITA Bangka Belitung memasang daftar agen penempatan resmi dari BP3MI di kantor setiap anggotanya.',
  '2024-06-30', 'DONE', 100, NULL, 'ACCEPTED', '2024-05-20 03:00:00', 2, '2023-12-12 02:00:00', '2024-05-22 03:00:00'),
 (3002, 4, 301, 2, 8, 'Pojok informasi migrasi aman di Kantor Imigrasi Pangkalpinang',
  'Kantor Imigrasi Pangkalpinang membuka pojok informasi migrasi aman di ruang layanan paspor.',
  '2024-03-31', 'DONE', 100, NULL, 'ACCEPTED', '2024-03-10 03:00:00', 2, '2023-12-12 02:05:00', '2024-03-12 03:00:00'),
 (3003, 4, 302, 8, 19, 'Satgas TPPO sampai tingkat polres',
  'Polda membentuk satgas TPPO dengan surat perintah Kapolda dan menempatkan anggota satgas di setiap polres.',
  '2024-09-30', 'CARRIED_OVER', 60, NULL, 'ACCEPTED', '2024-09-15 03:00:00', 2, '2023-12-12 02:10:00', '2024-12-10 03:00:00'),
 (3004, 4, 302, 5, 18, 'Rumah perlindungan terpadu bagi korban',
  'DP3A Provinsi menyiapkan rumah perlindungan terpadu yang menerima korban TPPO dari seluruh kabupaten/kota.',
  '2024-10-31', 'CARRIED_OVER', 20, NULL, 'ACCEPTED', '2024-10-01 03:00:00', 2, '2023-12-12 02:15:00', '2024-12-10 03:05:00'),
 (3005, 4, 303, 11, 12, 'Riset pola perekrutan nonprosedural',
  'Universitas Bangka Belitung meneliti pola perekrutan nonprosedural di tiga kabupaten.',
  '2024-08-31', 'CANCELLED', 0, 'Riset dialihkan ke kajian nasional Kementerian P2MI tahun 2024 yang sudah mencakup Bangka Belitung; Universitas menjadi mitra data kajian itu.',
  NULL, NULL, 2, '2023-12-12 02:20:00', '2024-12-10 03:10:00'),
 (3006, 4, 303, 10, 14, 'Pendataan calon pekerja migran di desa asal',
  'BP3MI bersama pemerintah desa mendata warga yang berencana bekerja ke luar negeri dan mengarahkan mereka ke jalur resmi.',
  '2024-07-31', 'DONE', 100, NULL, 'ACCEPTED', '2024-07-25 03:00:00', 2, '2023-12-12 02:25:00', '2024-07-27 03:00:00');

-- where they continue in 2024: the status and progress they had, a new due date, the same recommendation of 2023
INSERT INTO action (id, forum_id, recommendation_id, institution_id, lead_id, title, description, due_date, status, progress,
                    carried_from_id, last_review, last_reported_at, created_by, created_at, updated_at) VALUES
 (1014, 3, 302, 8, 19, 'Satgas TPPO sampai tingkat polres',
  'Polda membentuk satgas TPPO dengan surat perintah Kapolda dan menempatkan anggota satgas di setiap polres.',
  CURRENT_DATE + INTERVAL 75 DAY, 'IN_PROGRESS', 80, 3003, 'ACCEPTED', CURRENT_DATE - INTERVAL 18 DAY, 2, '2024-12-10 03:00:00', '2024-12-10 03:00:00'),
 (1015, 3, 302, 5, 18, 'Rumah perlindungan terpadu bagi korban',
  'DP3A Provinsi menyiapkan rumah perlindungan terpadu yang menerima korban TPPO dari seluruh kabupaten/kota.',
  CURRENT_DATE + INTERVAL 100 DAY, 'BLOCKED', 20, 3004, 'ACCEPTED', '2024-10-01 03:00:00', 2, '2024-12-10 03:05:00', '2024-12-10 03:05:00');

UPDATE action SET carried_to_id = 1014 WHERE id = 3003;
UPDATE action SET carried_to_id = 1015 WHERE id = 3004;

INSERT INTO action_milestone (action_id, position, title, due_date, reached_on) VALUES
 (3003, 0, 'Surat perintah Kapolda', '2024-02-29', '2024-02-20'),
 (3003, 1, 'Satgas di 4 dari 7 polres', '2024-06-30', '2024-07-10'),
 (3003, 2, 'Satgas di semua polres', '2024-09-30', NULL),
 (1014, 0, 'Satgas di semua polres', CURRENT_DATE + INTERVAL 75 DAY, NULL);

INSERT INTO progress_report (id, action_id, status, progress, note, visibility, review_state, reviewed_by, reviewed_at, reported_by, reported_at) VALUES
 (4001, 3001, 'DONE', 100, 'Daftar agen resmi terpasang di kantor 41 dari 41 anggota ASITA; foto pemasangan terlampir di tautan.', 'PUBLIC', 'ACCEPTED', 2, '2024-05-22 03:00:00', 17, '2024-05-20 03:00:00'),
 (4002, 3002, 'DONE', 100, 'Pojok informasi dibuka 1 Maret 2024; 2.300 pemohon paspor menerima leaflet migrasi aman dalam sebulan pertama.', 'PUBLIC', 'ACCEPTED', 2, '2024-03-12 03:00:00', 8, '2024-03-10 03:00:00'),
 (4003, 3003, 'IN_PROGRESS', 60, 'Surat perintah Kapolda terbit; satgas terbentuk di 4 dari 7 polres.', 'PUBLIC', 'ACCEPTED', 2, '2024-09-17 03:00:00', 19, '2024-09-15 03:00:00'),
 (4004, 3004, 'BLOCKED', 20, 'Lokasi rumah perlindungan sudah ditetapkan; anggaran renovasi belum masuk APBD Perubahan 2024.', 'PUBLIC', 'ACCEPTED', 2, '2024-10-03 03:00:00', 18, '2024-10-01 03:00:00'),
 (4005, 3004, 'BLOCKED', 20, 'Catatan internal: usulan anggaran diajukan lagi untuk APBD 2025.', 'INTERNAL', 'ACCEPTED', 2, '2024-10-20 03:00:00', 18, '2024-10-18 03:00:00'),
 (4006, 3006, 'DONE', 100, 'Pendataan selesai di 48 desa; 312 calon pekerja migran diarahkan ke jalur penempatan resmi.', 'PUBLIC', 'ACCEPTED', 2, '2024-07-27 03:00:00', 14, '2024-07-25 03:00:00'),
 (4007, 1014, 'IN_PROGRESS', 80, 'Satgas kini ada di 6 dari 7 polres; Polres Belitung Timur menyusul bulan depan.', 'PUBLIC', 'ACCEPTED', 2, CURRENT_DATE - INTERVAL 16 DAY, 19, CURRENT_DATE - INTERVAL 18 DAY);

INSERT INTO evidence (report_id, kind, url) VALUES
 (4001, 'LINK', 'https://www.asita.or.id/'),
 (4006, 'LINK', 'https://bp2mi.go.id/');

INSERT INTO action_event (action_id, occurred_at, actor_name, kind, detail, internal)
SELECT id, created_at, 'Budi Santoso', 'ASSIGNED', CONCAT('due ', due_date), FALSE FROM action WHERE forum_id = 4;
INSERT INTO action_event (action_id, occurred_at, actor_name, kind, detail, internal)
SELECT p.action_id, p.reported_at, u.name, 'REPORTED', CONCAT(p.status, ' ', p.progress, '%'), TRUE
FROM progress_report p JOIN app_user u ON u.id = p.reported_by WHERE p.id BETWEEN 4001 AND 4007;
INSERT INTO action_event (action_id, occurred_at, actor_name, kind, detail, internal)
SELECT p.action_id, p.reviewed_at, 'Budi Santoso', 'ACCEPTED', CONCAT(p.status, ' ', p.progress, '%'), p.visibility = 'INTERNAL'
FROM progress_report p WHERE p.id BETWEEN 4001 AND 4007;
INSERT INTO action_event (action_id, occurred_at, actor_name, kind, detail, internal) VALUES
 (3003, '2024-12-10 03:00:00', 'Budi Santoso', 'CARRIED_OVER', 'Diskusi Panel Pencegahan TPPO 2024', FALSE),
 (1014, '2024-12-10 03:00:00', 'Budi Santoso', 'CARRIED_IN', 'Diskusi Panel Pencegahan TPPO 2023 · IN_PROGRESS 60%', FALSE),
 (3004, '2024-12-10 03:05:00', 'Budi Santoso', 'CARRIED_OVER', 'Diskusi Panel Pencegahan TPPO 2024', FALSE),
 (1015, '2024-12-10 03:05:00', 'Budi Santoso', 'CARRIED_IN', 'Diskusi Panel Pencegahan TPPO 2023 · BLOCKED 20%', FALSE),
 (3005, '2024-12-10 03:10:00', 'Budi Santoso', 'CLOSED', 'Riset dialihkan ke kajian nasional Kementerian P2MI tahun 2024 yang sudah mencakup Bangka Belitung; Universitas menjadi mitra data kajian itu.', FALSE);
