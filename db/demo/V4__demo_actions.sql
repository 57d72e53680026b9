-- Demo data: last year's forum is in follow-up. Its adopted recommendations have actions for ten
-- institutions in every status, with accepted, returned and pending reports, links, and overdue
-- items. Dates are relative to the day the demo is loaded, so the story stays current; the two
-- evidence files (PDF) are written at start-up by DemoActions, which also runs the daily job.

UPDATE forum SET phase = 'FOLLOW_UP' WHERE id = 3;

-- a lead for each institution that has actions (Dewi Lestari leads the Kanwil and its offices)
INSERT INTO user_role (user_id, role) VALUES
 (9, 'INSTITUTION_LEAD'), (10, 'INSTITUTION_LEAD'), (12, 'INSTITUTION_LEAD'), (13, 'INSTITUTION_LEAD'),
 (14, 'INSTITUTION_LEAD'), (15, 'INSTITUTION_LEAD'), (16, 'INSTITUTION_LEAD'), (17, 'INSTITUTION_LEAD'),
 (18, 'INSTITUTION_LEAD'), (19, 'INSTITUTION_LEAD');

INSERT INTO action (id, forum_id, recommendation_id, institution_id, lead_id, title, description, due_date, status, progress,
                    overdue_since, created_by, created_at, updated_at) VALUES
 (1001, 3, 101, 11, 12, 'Modul migrasi aman untuk mahasiswa KKN',
  'Universitas Bangka Belitung menyusun modul migrasi aman bersama Imigrasi dan BP3MI dan memakainya dalam pembekalan KKN.',
  CURRENT_DATE - INTERVAL 60 DAY, 'DONE', 100, NULL, 2, '2024-12-10 02:00:00', '2024-12-10 02:00:00'),
 (1002, 3, 101, 10, 14, 'Sosialisasi migrasi aman di 20 desa asal pekerja migran',
  'BP3MI bersama pemerintah desa menggelar sosialisasi di 20 desa asal pekerja migran, diutamakan desa dengan kasus TPPO.',
  CURRENT_DATE + INTERVAL 5 DAY, 'IN_PROGRESS', 60, NULL, 2, '2024-12-10 02:05:00', '2024-12-10 02:05:00'),
 (1003, 3, 101, 4, 9, 'Sosialisasi di seluruh SMA/SMK negeri',
  'Dinas Pendidikan Provinsi memasukkan satu sesi migrasi aman ke kegiatan sekolah untuk siswa kelas akhir.',
  CURRENT_DATE - INTERVAL 20 DAY, 'IN_PROGRESS', 40, CURRENT_DATE - INTERVAL 19 DAY, 2, '2024-12-10 02:10:00', '2024-12-10 02:10:00'),
 (1004, 3, 102, 2, 8, 'Daftar periksa wawancara mendalam pemohon paspor',
  'Kantor Imigrasi Pangkalpinang menetapkan daftar periksa indikasi penempatan nonprosedural dan melatih petugas wawancara.',
  CURRENT_DATE - INTERVAL 90 DAY, 'DONE', 100, NULL, 2, '2024-12-10 02:15:00', '2024-12-10 02:15:00'),
 (1005, 3, 102, 3, 15, 'Penerapan wawancara mendalam di Tanjung Pandan',
  'Kantor Imigrasi Tanjung Pandan menerapkan daftar periksa yang sama dan mencatat penundaan paspor beserta alasannya.',
  CURRENT_DATE + INTERVAL 40 DAY, 'IN_PROGRESS', 50, NULL, 2, '2024-12-10 02:20:00', '2024-12-10 02:20:00'),
 (1006, 3, 102, 10, NULL, 'Daftar periksa bersama Imigrasi dan BP3MI',
  'BP3MI menyepakati daftar periksa bersama agar pemohon yang ditunda diarahkan ke jalur penempatan resmi.',
  CURRENT_DATE + INTERVAL 1 DAY, 'PLANNED', 0, NULL, 2, '2024-12-10 02:25:00', '2024-12-10 02:25:00'),
 (1007, 3, 103, 8, 19, 'Rapat koordinasi bulanan penyidik dan penuntut umum',
  'Polda menjadi tuan rumah rapat bulanan perkara TPPO bersama Kejati; notulen dibagikan kepada forum.',
  CURRENT_DATE + INTERVAL 120 DAY, 'IN_PROGRESS', 70, NULL, 2, '2024-12-10 02:30:00', '2024-12-10 02:30:00'),
 (1008, 3, 103, 9, 13, 'Laporan triwulanan perkembangan perkara TPPO',
  'Kejati menyampaikan laporan triwulanan perkembangan perkara TPPO kepada forum.',
  CURRENT_DATE - INTERVAL 10 DAY, 'BLOCKED', 30, CURRENT_DATE - INTERVAL 9 DAY, 2, '2024-12-10 02:35:00', '2024-12-10 02:35:00'),
 (1009, 3, 104, 12, 17, 'Surat edaran kepada anggota tentang paket satu arah',
  'ASITA Bangka Belitung mengedarkan surat kepada anggotanya agar melaporkan paket perjalanan satu arah ke negara tujuan penempatan.',
  CURRENT_DATE - INTERVAL 45 DAY, 'DONE', 100, NULL, 2, '2024-12-10 02:40:00', '2024-12-10 02:40:00'),
 (1010, 3, 104, 1, 3, 'Saluran pelaporan paket perjalanan ke Imigrasi',
  'Kanwil Ditjen Imigrasi menyiapkan formulir daring dan alamat surel penerima laporan biro perjalanan.',
  CURRENT_DATE + INTERVAL 60 DAY, 'PLANNED', 0, NULL, 2, '2024-12-10 02:45:00', '2024-12-10 02:45:00'),
 (1011, 3, 106, 5, 18, 'Layanan pengaduan 24 jam untuk korban TPPO',
  'DP3A Provinsi membuka nomor pengaduan 24 jam yang dijawab petugas terlatih dan terhubung ke kepolisian.',
  CURRENT_DATE - INTERVAL 30 DAY, 'IN_PROGRESS', 80, CURRENT_DATE - INTERVAL 29 DAY, 2, '2024-12-10 02:50:00', '2024-12-10 02:50:00'),
 (1012, 3, 106, 13, 16, 'Pendampingan reintegrasi korban selama enam bulan',
  'Yayasan mendampingi korban yang kembali ke desa asal selama enam bulan bersama dinas sosial.',
  CURRENT_DATE + INTERVAL 150 DAY, 'IN_PROGRESS', 25, NULL, 2, '2024-12-10 02:55:00', '2024-12-10 02:55:00'),
 (1013, 3, 106, 7, 10, 'Rumah aman sementara di Kota Pangkalpinang',
  'Pemerintah Kota menyediakan rumah aman sementara bagi korban sebelum dipulangkan.',
  CURRENT_DATE + INTERVAL 30 DAY, 'CANCELLED', 10, NULL, 2, '2024-12-10 03:00:00', '2024-12-10 03:00:00');

INSERT INTO action_milestone (action_id, position, title, due_date, reached_on) VALUES
 (1001, 0, 'Naskah modul disusun', CURRENT_DATE - INTERVAL 120 DAY, CURRENT_DATE - INTERVAL 125 DAY),
 (1001, 1, 'Modul dipakai dalam pembekalan KKN', CURRENT_DATE - INTERVAL 60 DAY, CURRENT_DATE - INTERVAL 64 DAY),
 (1002, 0, '10 desa', CURRENT_DATE - INTERVAL 60 DAY, CURRENT_DATE - INTERVAL 58 DAY),
 (1002, 1, '20 desa', CURRENT_DATE + INTERVAL 5 DAY, NULL),
 (1011, 0, 'Nomor pengaduan aktif', CURRENT_DATE - INTERVAL 90 DAY, CURRENT_DATE - INTERVAL 95 DAY),
 (1011, 1, 'Petugas jaga 24 jam terlatih', CURRENT_DATE - INTERVAL 30 DAY, NULL);

-- reports: ACCEPTED ones carry the figures above; one PENDING, one RETURNED, one INTERNAL
INSERT INTO progress_report (id, action_id, status, progress, note, visibility, review_state, review_comment, reviewed_by,
                             reviewed_at, reported_by, reported_at) VALUES
 (2001, 1001, 'IN_PROGRESS', 50, 'Naskah modul selesai disusun bersama Kanwil Imigrasi dan BP3MI; uji coba pada satu kelompok KKN.', 'PUBLIC', 'ACCEPTED', NULL, 2,
  CURRENT_DATE - INTERVAL 120 DAY, 12, CURRENT_DATE - INTERVAL 122 DAY),
 (2002, 1001, 'DONE', 100, 'Modul dipakai dalam pembekalan 1.200 mahasiswa KKN di 60 desa. Daftar hadir terlampir.', 'PUBLIC', 'ACCEPTED', NULL, 2,
  CURRENT_DATE - INTERVAL 62 DAY, 12, CURRENT_DATE - INTERVAL 64 DAY),
 (2003, 1002, 'IN_PROGRESS', 60, 'Sosialisasi telah berlangsung di 12 dari 20 desa, 840 warga hadir.', 'PUBLIC', 'ACCEPTED', NULL, 2,
  CURRENT_DATE - INTERVAL 20 DAY, 14, CURRENT_DATE - INTERVAL 21 DAY),
 (2004, 1002, 'IN_PROGRESS', 75, 'Tiga desa lagi selesai; dua desa menunggu jadwal dari kepala desa.', 'INTERNAL', 'PENDING', NULL, NULL,
  NULL, 14, CURRENT_DATE - INTERVAL 2 DAY),
 (2005, 1003, 'IN_PROGRESS', 40, 'Sesi migrasi aman sudah berjalan di 14 dari 35 SMA/SMK negeri.', 'PUBLIC', 'ACCEPTED', NULL, 2,
  CURRENT_DATE - INTERVAL 40 DAY, 9, CURRENT_DATE - INTERVAL 41 DAY),
 (2006, 1004, 'DONE', 100, 'Daftar periksa ditetapkan dengan keputusan Kepala Kantor; 18 petugas dilatih.', 'PUBLIC', 'ACCEPTED', NULL, 2,
  CURRENT_DATE - INTERVAL 92 DAY, 8, CURRENT_DATE - INTERVAL 95 DAY),
 (2007, 1005, 'IN_PROGRESS', 50, 'Daftar periksa dipakai sejak bulan lalu; 7 permohonan ditunda untuk wawancara lanjutan.', 'PUBLIC', 'ACCEPTED', NULL, 2,
  CURRENT_DATE - INTERVAL 30 DAY, 15, CURRENT_DATE - INTERVAL 31 DAY),
 (2008, 1005, 'IN_PROGRESS', 80, 'Hampir semua petugas sudah memakai daftar periksa.', 'PUBLIC', 'RETURNED',
  'Mohon lampirkan rekap jumlah wawancara dan penundaan per bulan sebagai bukti.', 2, CURRENT_DATE - INTERVAL 3 DAY, 15, CURRENT_DATE - INTERVAL 5 DAY),
 (2009, 1007, 'IN_PROGRESS', 70, 'Tujuh rapat bulanan telah digelar; notulen dibagikan kepada anggota forum.', 'PUBLIC', 'ACCEPTED', NULL, 2,
  CURRENT_DATE - INTERVAL 15 DAY, 19, CURRENT_DATE - INTERVAL 16 DAY),
 (2010, 1008, 'BLOCKED', 30, 'Laporan triwulan kedua tertunda: data perkara dari kabupaten belum lengkap.', 'INTERNAL', 'ACCEPTED', NULL, 2,
  CURRENT_DATE - INTERVAL 12 DAY, 13, CURRENT_DATE - INTERVAL 13 DAY),
 (2011, 1009, 'DONE', 100, 'Surat edaran ditandatangani dan dikirim kepada 46 anggota ASITA.', 'PUBLIC', 'ACCEPTED', NULL, 2,
  CURRENT_DATE - INTERVAL 50 DAY, 17, CURRENT_DATE - INTERVAL 52 DAY),
 (2012, 1011, 'IN_PROGRESS', 80, 'Nomor pengaduan 24 jam aktif; 23 aduan diterima dan diteruskan. Pelatihan petugas jaga malam belum selesai.', 'PUBLIC', 'ACCEPTED', NULL, 2,
  CURRENT_DATE - INTERVAL 35 DAY, 18, CURRENT_DATE - INTERVAL 36 DAY),
 (2013, 1012, 'IN_PROGRESS', 25, 'Empat korban didampingi sejak kepulangan.', 'PUBLIC', 'ACCEPTED', NULL, 2,
  CURRENT_DATE - INTERVAL 25 DAY, 16, CURRENT_DATE - INTERVAL 26 DAY),
 (2014, 1013, 'CANCELLED', 10, 'Anggaran rumah aman dialihkan ke rumah perlindungan provinsi yang dikelola DP3A.', 'PUBLIC', 'ACCEPTED', NULL, 2,
  CURRENT_DATE - INTERVAL 70 DAY, 10, CURRENT_DATE - INTERVAL 72 DAY);

UPDATE action SET last_review = 'ACCEPTED', last_reported_at = CURRENT_DATE - INTERVAL 20 DAY WHERE forum_id = 3;
UPDATE action SET last_review = 'PENDING', pending_reports = 1, last_reported_at = CURRENT_DATE - INTERVAL 2 DAY WHERE id = 1002;
UPDATE action SET last_review = 'RETURNED', last_reported_at = CURRENT_DATE - INTERVAL 5 DAY WHERE id = 1005;
UPDATE action SET last_review = NULL, last_reported_at = NULL WHERE id IN (1006, 1010);

INSERT INTO evidence (report_id, kind, url) VALUES
 (2011, 'LINK', 'https://www.asita.or.id/'),
 (2012, 'LINK', 'https://kemenpppa.go.id/');

INSERT INTO action_event (action_id, occurred_at, actor_name, kind, detail, internal)
SELECT id, created_at, 'Budi Santoso', 'ASSIGNED', CONCAT('due ', due_date), FALSE FROM action WHERE forum_id = 3;
INSERT INTO action_event (action_id, occurred_at, actor_name, kind, detail, internal)
SELECT p.action_id, p.reported_at, u.name, 'REPORTED', CONCAT(p.status, ' ', p.progress, '%'), p.visibility = 'INTERNAL'
FROM progress_report p JOIN app_user u ON u.id = p.reported_by WHERE p.id BETWEEN 2001 AND 2014;
INSERT INTO action_event (action_id, occurred_at, actor_name, kind, detail, internal)
SELECT p.action_id, p.reviewed_at, 'Budi Santoso', p.review_state, CONCAT(p.status, ' ', p.progress, '%', COALESCE(CONCAT(' · ', p.review_comment), '')),
       p.visibility = 'INTERNAL'
FROM progress_report p WHERE p.id BETWEEN 2001 AND 2014 AND p.review_state <> 'PENDING';
INSERT INTO action_event (action_id, occurred_at, actor_name, kind, detail, internal)
SELECT id, overdue_since, 'Sinergi', 'OVERDUE', due_date, FALSE FROM action WHERE overdue_since IS NOT NULL;
