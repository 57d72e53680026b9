-- Demo data: the TPPO prevention panel in Pangkalpinang. Loaded only by the run profile
-- (sinergi.demo-data=true) into an empty database; never part of the schema.
-- Every demo account's password is: sinergi-demo

INSERT INTO institution (id, name, short_name, type, parent_id) VALUES
 (1, 'Kantor Wilayah Direktorat Jenderal Imigrasi Kepulauan Bangka Belitung', 'Kanwil Ditjen Imigrasi Babel', 'IMMIGRATION', NULL),
 (2, 'Kantor Imigrasi Pangkalpinang', 'Kanim Pangkalpinang', 'IMMIGRATION', 1),
 (3, 'Kantor Imigrasi Tanjung Pandan', 'Kanim Tanjung Pandan', 'IMMIGRATION', 1),
 (4, 'Pemerintah Provinsi Kepulauan Bangka Belitung', 'Pemprov Babel', 'GOVERNMENT', NULL),
 (5, 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Kepulauan Bangka Belitung', 'DP3A Babel', 'GOVERNMENT', 4),
 (6, 'Dinas Tenaga Kerja Provinsi Kepulauan Bangka Belitung', 'Disnaker Babel', 'GOVERNMENT', 4),
 (7, 'Pemerintah Kota Pangkalpinang', 'Pemkot Pangkalpinang', 'GOVERNMENT', NULL),
 (8, 'Kepolisian Daerah Kepulauan Bangka Belitung', 'Polda Babel', 'LAW_ENFORCEMENT', NULL),
 (9, 'Kejaksaan Tinggi Kepulauan Bangka Belitung', 'Kejati Babel', 'LAW_ENFORCEMENT', NULL),
 (10, 'Balai Pelayanan Pelindungan Pekerja Migran Indonesia Kepulauan Bangka Belitung', 'BP3MI Babel', 'GOVERNMENT', NULL),
 (11, 'Universitas Bangka Belitung', 'UBB', 'EDUCATION', NULL),
 (12, 'ASITA Bangka Belitung', 'ASITA Babel', 'TRAVEL_AGENCY', NULL),
 (13, 'Yayasan Peduli Korban Perdagangan Orang Babel', 'YPKPO Babel', 'NGO', NULL);

INSERT INTO app_user (id, name, email, password_hash, institution_id, active, language, created_at) VALUES
 (1, 'Rina Kartika', 'admin@sinergi.demo', 'pbkdf2-sha256$210000$RY6BmHZgFDhEkE7dJPQYHQ==$sUtVE3WHAfwcVun23g/6wip6lliBXDBA/JxoZKNusWI=', 1, TRUE, 'id', '2025-11-01 02:00:00'),
 (2, 'Budi Santoso', 'moderator@sinergi.demo', 'pbkdf2-sha256$210000$RY6BmHZgFDhEkE7dJPQYHQ==$sUtVE3WHAfwcVun23g/6wip6lliBXDBA/JxoZKNusWI=', 1, TRUE, 'id', '2025-11-01 02:00:00'),
 (3, 'Dewi Lestari', 'lead@sinergi.demo', 'pbkdf2-sha256$210000$RY6BmHZgFDhEkE7dJPQYHQ==$sUtVE3WHAfwcVun23g/6wip6lliBXDBA/JxoZKNusWI=', 1, TRUE, 'id', '2025-11-01 02:00:00'),
 (4, 'Andi Pratama', 'peserta@sinergi.demo', 'pbkdf2-sha256$210000$RY6BmHZgFDhEkE7dJPQYHQ==$sUtVE3WHAfwcVun23g/6wip6lliBXDBA/JxoZKNusWI=', 11, TRUE, 'id', '2025-11-01 02:00:00'),
 (5, 'Siti Rahmawati', 'siti.rahmawati@sinergi.demo', 'pbkdf2-sha256$210000$RY6BmHZgFDhEkE7dJPQYHQ==$sUtVE3WHAfwcVun23g/6wip6lliBXDBA/JxoZKNusWI=', 5, TRUE, 'id', '2025-11-02 02:00:00'),
 (6, 'AKBP Hendra Wijaya', 'hendra.wijaya@sinergi.demo', 'pbkdf2-sha256$210000$RY6BmHZgFDhEkE7dJPQYHQ==$sUtVE3WHAfwcVun23g/6wip6lliBXDBA/JxoZKNusWI=', 8, TRUE, 'id', '2025-11-02 02:00:00'),
 (7, 'Maria Fransiska', 'maria.fransiska@sinergi.demo', 'pbkdf2-sha256$210000$RY6BmHZgFDhEkE7dJPQYHQ==$sUtVE3WHAfwcVun23g/6wip6lliBXDBA/JxoZKNusWI=', 12, TRUE, 'en', '2025-11-02 02:00:00'),
 (8, 'Yusuf Maulana', 'yusuf.maulana@sinergi.demo', 'pbkdf2-sha256$210000$RY6BmHZgFDhEkE7dJPQYHQ==$sUtVE3WHAfwcVun23g/6wip6lliBXDBA/JxoZKNusWI=', 2, TRUE, 'id', '2025-11-02 02:00:00');

INSERT INTO user_role (user_id, role) VALUES
 (1, 'ADMIN'), (1, 'MODERATOR'),
 (2, 'MODERATOR'), (2, 'PARTICIPANT'),
 (3, 'INSTITUTION_LEAD'), (3, 'PARTICIPANT'),
 (4, 'PARTICIPANT'), (5, 'PARTICIPANT'), (6, 'PARTICIPANT'), (7, 'PARTICIPANT'),
 (8, 'INSTITUTION_LEAD'), (8, 'PARTICIPANT');

INSERT INTO forum (id, slug, title, description, venue, starts_at, ends_at, organiser_id, visibility, join_code, phase, created_at) VALUES
 (1, 'tppo-babel-2025', 'Diskusi Panel Pencegahan TPPO 2025',
  'Forum lintas instansi untuk merumuskan rekomendasi konkret pencegahan tindak pidana perdagangan orang (TPPO) di Kepulauan Bangka Belitung. Setiap rekomendasi yang diterima akan ditindaklanjuti oleh instansi penanggung jawab dan dipantau bersama. Forum ini bukan seremonial: hasilnya adalah komitmen yang dapat diukur.',
  'Aula Kantor Wilayah Direktorat Jenderal Imigrasi Kepulauan Bangka Belitung, Pangkalpinang',
  '2025-12-10 02:00:00', '2025-12-10 08:00:00', 1, 'PUBLIC', 'TPPO25', 'OPEN', '2025-11-03 02:00:00');

INSERT INTO forum (id, slug, title, description, venue, starts_at, ends_at, organiser_id, visibility, join_code, phase, created_at) VALUES
 (2, 'timpora-babel-2025', 'Rapat Koordinasi Tim Pengawasan Orang Asing (TIMPORA) 2025',
  'Rapat tertutup antarinstansi anggota TIMPORA untuk membahas pola keberangkatan pekerja migran nonprosedural melalui pelabuhan dan bandara di Kepulauan Bangka Belitung. Khusus anggota.',
  'Kantor Imigrasi Pangkalpinang', '2025-12-11 01:00:00', '2025-12-11 04:00:00', 2, 'MEMBERS', 'TIMP25', 'OPEN', '2025-11-05 02:00:00');

INSERT INTO theme (forum_id, name, position) VALUES
 (2, 'Pengawasan keberangkatan', 0),
 (2, 'Pertukaran data', 1),
 (1, 'Pencegahan', 0),
 (1, 'Penegakan hukum', 1),
 (1, 'Perlindungan korban', 2),
 (1, 'Kesadaran masyarakat', 3);

INSERT INTO forum_moderator (forum_id, user_id) VALUES (1, 2), (2, 2);

INSERT INTO forum_member (forum_id, user_id, joined_at) VALUES
 (1, 3, '2025-12-10 02:05:00'), (1, 4, '2025-12-10 02:06:00'), (1, 5, '2025-12-10 02:07:00'),
 (1, 6, '2025-12-10 02:07:30'), (1, 7, '2025-12-10 02:08:00'), (1, 8, '2025-12-10 02:09:00'),
 (2, 3, '2025-12-11 01:00:00'), (2, 6, '2025-12-11 01:01:00'), (2, 8, '2025-12-11 01:02:00');

INSERT INTO audit_entry (occurred_at, actor_id, actor_name, action, object_type, object_id, outcome, detail) VALUES
 ('2025-11-03 02:00:00', 2, 'moderator@sinergi.demo', 'forum.create', 'Forum', '1', 'SUCCESS', 'tppo-babel-2025'),
 ('2025-12-10 01:55:00', 2, 'moderator@sinergi.demo', 'forum.phase', 'Forum', '1', 'SUCCESS', 'DRAFT -> OPEN');
