-- The national managerial and socio-cultural competencies of ASN (Permenpan-RB 38/2017).
-- Technical competencies are the agencies' own and come with their data.
insert into competency (code, name, name_en, competency_type) values
 ('M-INT', 'Integritas', 'Integrity', 'MANAJERIAL'),
 ('M-KS',  'Kerja Sama', 'Cooperation', 'MANAJERIAL'),
 ('M-KOM', 'Komunikasi', 'Communication', 'MANAJERIAL'),
 ('M-OH',  'Orientasi pada Hasil', 'Result orientation', 'MANAJERIAL'),
 ('M-PP',  'Pelayanan Publik', 'Public service', 'MANAJERIAL'),
 ('M-PDO', 'Pengembangan Diri dan Orang Lain', 'Developing self and others', 'MANAJERIAL'),
 ('M-MP',  'Mengelola Perubahan', 'Managing change', 'MANAJERIAL'),
 ('M-PK',  'Pengambilan Keputusan', 'Decision making', 'MANAJERIAL'),
 ('SK-PB', 'Perekat Bangsa', 'Unifying the nation', 'SOSIAL_KULTURAL');
