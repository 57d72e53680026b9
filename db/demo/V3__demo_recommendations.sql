-- Demo data: last year's panel, already decided. Its vote ended on 5 December 2024; at start-up
-- the application closes it through its own rules (results frozen, groups under 3 voters merged)
-- and publishes version 1 (see DemoPublisher). This year's forum gets two draft recommendations.

INSERT INTO forum (id, slug, title, description, venue, starts_at, ends_at, organiser_id, visibility, join_code, phase, created_at) VALUES
 (3, 'tppo-babel-2024', 'Diskusi Panel Pencegahan TPPO 2024',
  'Panel tahun lalu: instansi di Kepulauan Bangka Belitung merumuskan rekomendasi pencegahan tindak pidana perdagangan orang (TPPO), memungut suara atasnya, dan menerbitkan rekomendasi akhir yang kini ditindaklanjuti.',
  'Aula Kantor Wilayah Direktorat Jenderal Imigrasi Kepulauan Bangka Belitung, Pangkalpinang',
  '2024-12-05 02:00:00', '2024-12-05 08:00:00', 1, 'PUBLIC', 'TPPO24', 'PUBLISHED', '2024-11-04 02:00:00');

INSERT INTO theme (forum_id, name, position) VALUES
 (3, 'Pencegahan', 0), (3, 'Penegakan hukum', 1), (3, 'Perlindungan korban', 2);

INSERT INTO forum_moderator (forum_id, user_id) VALUES (3, 2);

INSERT INTO forum_member (forum_id, user_id, joined_at)
SELECT 3, id, '2024-12-05 02:10:00' FROM app_user WHERE id BETWEEN 3 AND 20;

INSERT INTO idea (id, forum_id, theme_id, author_id, title, body, anonymous, status, support_count, comment_count, open_reports, created_at, updated_at) VALUES
 (101, 3, (SELECT id FROM theme WHERE forum_id = 3 AND position = 0), 4, 'Sosialisasi migrasi aman di sekolah menengah', 'Siswa SMA/SMK kelas akhir mendapat satu sesi tentang cara bekerja ke luar negeri secara resmi dan tanda-tanda penipuan lowongan kerja.', FALSE, 'VISIBLE', 0, 0, 0, '2024-12-05 02:20:00', '2024-12-05 02:20:00'),
 (102, 3, (SELECT id FROM theme WHERE forum_id = 3 AND position = 0), 12, 'Materi migrasi aman dalam kuliah kerja nyata', 'Mahasiswa KKN Universitas Bangka Belitung membawa materi migrasi aman ke desa-desa asal pekerja migran.', FALSE, 'VISIBLE', 0, 0, 0, '2024-12-05 02:25:00', '2024-12-05 02:25:00'),
 (103, 3, (SELECT id FROM theme WHERE forum_id = 3 AND position = 0), 8, 'Wawancara tambahan pemohon paspor berisiko', 'Pemohon paspor dengan tujuan dan sponsor yang tidak jelas diwawancarai lebih mendalam oleh petugas imigrasi.', FALSE, 'VISIBLE', 0, 0, 0, '2024-12-05 02:30:00', '2024-12-05 02:30:00'),
 (104, 3, (SELECT id FROM theme WHERE forum_id = 3 AND position = 1), 6, 'Pertemuan rutin penyidik dan jaksa', 'Polda dan Kejati bertemu setiap bulan membahas perkara TPPO yang berjalan agar berkas tidak bolak-balik.', FALSE, 'VISIBLE', 0, 0, 0, '2024-12-05 02:35:00', '2024-12-05 02:35:00'),
 (105, 3, (SELECT id FROM theme WHERE forum_id = 3 AND position = 1), 13, 'Hukuman tambahan bagi perekrut berulang', 'Jaksa menuntut pidana tambahan berupa pencabutan izin usaha bagi perusahaan perekrut yang berulang kali terlibat.', FALSE, 'VISIBLE', 0, 0, 0, '2024-12-05 02:40:00', '2024-12-05 02:40:00'),
 (106, 3, (SELECT id FROM theme WHERE forum_id = 3 AND position = 1), 17, 'Biro perjalanan wajib melaporkan paket satu arah', 'Setiap paket perjalanan satu arah ke negara tujuan penempatan dilaporkan ke Kantor Imigrasi.', FALSE, 'VISIBLE', 0, 0, 0, '2024-12-05 02:45:00', '2024-12-05 02:45:00'),
 (107, 3, (SELECT id FROM theme WHERE forum_id = 3 AND position = 2), 18, 'Layanan pengaduan 24 jam untuk korban', 'Satu nomor pengaduan 24 jam yang dijawab petugas DP3A dan diteruskan ke polisi bila perlu.', FALSE, 'VISIBLE', 0, 0, 0, '2024-12-05 02:50:00', '2024-12-05 02:50:00'),
 (108, 3, (SELECT id FROM theme WHERE forum_id = 3 AND position = 2), 16, 'Pendampingan reintegrasi korban ke desa asal', 'Korban yang kembali didampingi LSM dan dinas sosial selama enam bulan agar tidak direkrut lagi.', FALSE, 'VISIBLE', 0, 0, 0, '2024-12-05 02:55:00', '2024-12-05 02:55:00');

INSERT INTO idea_support (idea_id, user_id, created_at)
SELECT i.id, u.id, '2024-12-05 03:30:00' FROM idea i JOIN app_user u ON u.id BETWEEN 3 AND 20
WHERE i.forum_id = 3 AND MOD(i.id + u.id, 3) <> 0;
UPDATE idea i SET support_count = (SELECT COUNT(*) FROM idea_support s WHERE s.idea_id = i.id) WHERE i.forum_id = 3;

INSERT INTO recommendation (id, forum_id, theme_id, position, title, body, status, comment_count, created_by, created_at, updated_at) VALUES
 (101, 3, (SELECT id FROM theme WHERE forum_id = 3 AND position = 0), 1, 'Edukasi migrasi aman bagi pelajar dan desa asal pekerja migran',
  'Dinas Pendidikan, Universitas Bangka Belitung dan BP3MI menyelenggarakan sosialisasi migrasi aman di setiap SMA/SMK dan di desa asal pekerja migran, paling sedikit satu kali per semester, dengan materi yang disusun bersama Kantor Imigrasi.', 'DRAFT', 1, 2, '2024-12-05 05:00:00', '2024-12-05 05:00:00'),
 (102, 3, (SELECT id FROM theme WHERE forum_id = 3 AND position = 0), 2, 'Wawancara mendalam bagi pemohon paspor berisiko',
  'Kantor Imigrasi Pangkalpinang dan Tanjung Pandan menerapkan wawancara mendalam bagi pemohon paspor dengan indikasi penempatan nonprosedural, dengan daftar periksa bersama BP3MI.', 'DRAFT', 0, 2, '2024-12-05 05:05:00', '2024-12-05 05:05:00'),
 (103, 3, (SELECT id FROM theme WHERE forum_id = 3 AND position = 1), 3, 'Forum koordinasi bulanan penyidik dan penuntut umum',
  'Polda dan Kejati Kepulauan Bangka Belitung menggelar rapat koordinasi bulanan perkara TPPO dan melaporkan perkembangan perkara kepada forum setiap triwulan.', 'DRAFT', 0, 2, '2024-12-05 05:10:00', '2024-12-05 05:10:00'),
 (104, 3, (SELECT id FROM theme WHERE forum_id = 3 AND position = 1), 4, 'Pelaporan paket perjalanan satu arah oleh biro perjalanan',
  'ASITA Bangka Belitung mengajak anggotanya melaporkan paket perjalanan satu arah ke negara tujuan penempatan kepada Kantor Imigrasi setiap minggu.', 'DRAFT', 0, 2, '2024-12-05 05:15:00', '2024-12-05 05:15:00'),
 (105, 3, (SELECT id FROM theme WHERE forum_id = 3 AND position = 1), 5, 'Pencabutan izin usaha perekrut berulang melalui tuntutan pidana tambahan',
  'Penuntut umum selalu menuntut pidana tambahan pencabutan izin usaha bagi korporasi perekrut yang terlibat lebih dari satu perkara TPPO.', 'DRAFT', 0, 2, '2024-12-05 05:20:00', '2024-12-05 05:20:00'),
 (106, 3, (SELECT id FROM theme WHERE forum_id = 3 AND position = 2), 6, 'Layanan pengaduan dan pendampingan korban 24 jam',
  'DP3A Provinsi membuka layanan pengaduan 24 jam dan, bersama LSM pendamping, mendampingi korban yang kembali ke desa asal selama enam bulan.', 'DRAFT', 0, 2, '2024-12-05 05:25:00', '2024-12-05 05:25:00');

INSERT INTO recommendation_idea (recommendation_id, idea_id) VALUES
 (101, 101), (101, 102), (102, 103), (103, 104), (104, 106), (105, 105), (106, 107), (106, 108);

INSERT INTO recommendation_comment (recommendation_id, author_id, body, created_at) VALUES
 (101, 12, 'Universitas siap menyiapkan modul untuk mahasiswa KKN; mohon materi dari Imigrasi dikirim sebelum Februari.', '2024-12-05 05:40:00');

INSERT INTO ballot (forum_id, opened_at, ends_at, quorum_percent, threshold_percent, show_running_totals) VALUES
 (3, '2024-12-05 06:00:00', '2024-12-05 08:00:00', 50, 50, FALSE);

-- The room's secret votes: most agree, a few disagree or abstain, some stayed silent, and the
-- room turned down the additional-penalty recommendation (105).
INSERT INTO vote (recommendation_id, user_id, choice, cast_at)
SELECT r.id, u.id,
       CASE
           WHEN r.id = 105 THEN IF(MOD(u.id, 3) = 0, 'AGREE', IF(MOD(u.id, 5) = 0, 'ABSTAIN', 'DISAGREE'))
           WHEN MOD(u.id + r.id, 7) = 0 THEN 'DISAGREE'
           WHEN MOD(u.id + r.id, 11) = 0 THEN 'ABSTAIN'
           ELSE 'AGREE'
       END,
       '2024-12-05 07:00:00'
FROM recommendation r JOIN app_user u ON u.id BETWEEN 3 AND 20
WHERE r.forum_id = 3 AND MOD(u.id * r.id, 9) <> 0;

-- This year's forum: two drafts the moderator is working on
INSERT INTO recommendation (id, forum_id, theme_id, position, title, body, status, comment_count, created_by, created_at, updated_at) VALUES
 (201, 1, (SELECT id FROM theme WHERE forum_id = 1 AND position = 0), 1, 'Pemeriksaan berlapis dan berbagi daftar agen perekrut tidak resmi',
  'Kantor Imigrasi dan BP3MI mewawancarai bersama calon penumpang berisiko di Bandara Depati Amir, dan instansi anggota forum berbagi daftar agen perekrut tidak resmi setiap bulan.', 'DRAFT', 1, 2, '2025-12-10 06:00:00', '2025-12-10 06:00:00'),
 (202, 1, (SELECT id FROM theme WHERE forum_id = 1 AND position = 1), 2, 'Satgas TPPO terpadu dengan analisis data perlintasan',
  'Polda, Kejati dan Imigrasi membentuk satgas TPPO dengan surat keputusan bersama, yang menganalisis pola perlintasan berulang dari sponsor yang sama.', 'DRAFT', 0, 2, '2025-12-10 06:05:00', '2025-12-10 06:05:00');

INSERT INTO recommendation_idea (recommendation_id, idea_id) VALUES (201, 1), (201, 3), (202, 9), (202, 10);

INSERT INTO recommendation_comment (recommendation_id, author_id, body, created_at) VALUES
 (201, 14, 'BP3MI siap menempatkan petugas di bandara pada jam keberangkatan pesawat ke Jakarta dan Batam.', '2025-12-10 06:20:00');
