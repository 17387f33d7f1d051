<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms" sourcelanguage="en">
<context>
    <name>ApiProfileResolver</name>
    <message>
        <source>There is no saved connection profile named &quot;%1&quot; (saved profiles: %2).</source>
        <translation>Tiada profil sambungan tersimpan bernama &quot;%1&quot; (profil tersimpan: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tiada</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <source>Badge</source>
        <translation>Lencana</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>e.g. Early supporter</source>
        <translation>cth. Penyokong awal</translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation>Nama lencana</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
    <message>
        <source>Badge description</source>
        <translation>Keterangan lencana</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Tindakan:</translation>
    </message>
    <message>
        <source>Badge action</source>
        <translation>Tindakan lencana</translation>
    </message>
    <message>
        <source>What earns the badge; &quot;custom&quot; badges are awarded by hand or through the API.</source>
        <translation>Perkara yang melayakkan lencana; lencana &quot;custom&quot; dianugerahkan secara manual atau melalui API.</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>K&amp;uantiti:</translation>
    </message>
    <message>
        <source>Badge quantity</source>
        <translation>Kuantiti lencana</translation>
    </message>
    <message>
        <source>The action&apos;s count that earns the badge (the API&apos;s &quot;quantity&quot;).</source>
        <translation>Bilangan tindakan yang melayakkan lencana (&quot;quantity&quot; dalam API).</translation>
    </message>
    <message>
        <source>Award &amp;XP:</source>
        <translation>Anugerah &amp;XP:</translation>
    </message>
    <message>
        <source> XP</source>
        <translation> XP</translation>
    </message>
    <message>
        <source>XP awarded</source>
        <translation>XP dianugerahkan</translation>
    </message>
    <message>
        <source>Award c&amp;urrency:</source>
        <translation>Anugerah &amp;mata wang:</translation>
    </message>
    <message>
        <source>Currency awarded</source>
        <translation>Mata wang dianugerahkan</translation>
    </message>
    <message>
        <source>A&amp;ttachment required to claim it</source>
        <translation>&amp;Lampiran diperlukan untuk menuntutnya</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imej</translation>
    </message>
    <message>
        <source>Separate images for &amp;light and dark themes</source>
        <translation>Imej berasingan untuk tema &amp;cerah dan gelap</translation>
    </message>
    <message>
        <source>Image (light theme):</source>
        <translation>Imej (tema cerah):</translation>
    </message>
    <message>
        <source>Image for the dark theme:</source>
        <translation>Imej untuk tema gelap:</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topik:</translation>
    </message>
    <message>
        <source>e.g. general</source>
        <translation>cth. umum</translation>
    </message>
    <message>
        <source>Channel topic</source>
        <translation>Topik saluran</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Channel type</source>
        <translation>Jenis saluran</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run one API operation and print the reply as JSON (see: returning-admin api --help).</source>
        <translation>Jalankan satu operasi API dan cetak balasannya sebagai JSON (lihat: returning-admin api --help).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Tunjukkan bantuan ini dan keluar.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Tunjukkan versi dan keluar.</translation>
    </message>
    <message>
        <source>Start the embedded sandbox server with a demo community and connect to it.</source>
        <translation>Mulakan pelayan kotak pasir terbenam dengan komuniti demo dan sambung kepadanya.</translation>
    </message>
    <message>
        <source>Start with the connection profile named NAME.</source>
        <translation>Mulakan dengan profil sambungan bernama NAME.</translation>
    </message>
    <message>
        <source>Append every API request, without secrets, to FILE as JSON lines.</source>
        <translation>Tambahkan setiap permintaan API, tanpa rahsia, pada FILE sebagai baris JSON.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;. Run returning-admin --help for the list.</source>
        <translation>Subperintah &quot;%1&quot; tidak diketahui. Jalankan returning-admin --help untuk melihat senarainya.</translation>
    </message>
    <message>
        <source>--sandbox-users takes a whole number from 1 to 1000000, not &quot;%1&quot;.</source>
        <translation>--sandbox-users menerima nombor bulat dari 1 hingga 1000000, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile memerlukan nama profil.</translation>
    </message>
    <message>
        <source>Returning Admin: the desktop console for Returning.AI community managers.</source>
        <translation>Returning Admin: konsol desktop untuk pengurus komuniti Returning.AI.</translation>
    </message>
    <message>
        <source>Usage: returning-admin [options]
       returning-admin &lt;subcommand&gt; [arguments]

</source>
        <translation>Penggunaan: returning-admin [pilihan]
            returning-admin &lt;subperintah&gt; [argumen]

</translation>
    </message>
    <message>
        <source>Returning Admin: the desktop console for Returning.AI community managers.

</source>
        <translation>Returning Admin: konsol desktop untuk pengurus komuniti Returning.AI.

</translation>
    </message>
    <message>
        <source>Subcommands: none in this build.
</source>
        <translation>Subperintah: tiada dalam binaan ini.
</translation>
    </message>
    <message>
        <source>Subcommands (run without a display):
</source>
        <translation>Subperintah (dijalankan tanpa paparan):
</translation>
    </message>
    <message>
        <source>Returning Admin %1 (Qt %2)
</source>
        <translation>Returning Admin %1 (Qt %2)
</translation>
    </message>
    <message>
        <source>Read and validate a bulk CSV without sending it (see: returning-admin csv-check --help).</source>
        <translation>Baca dan sahkan CSV pukal tanpa menghantarnya (lihat: returning-admin csv-check --help).</translation>
    </message>
    <message>
        <source>Validate, send and follow a bulk CSV import or update (see: returning-admin import --help).</source>
        <translation>Sahkan, hantar dan pantau import atau kemas kini CSV pukal (lihat: returning-admin import --help).</translation>
    </message>
    <message>
        <source>Start the embedded sandbox from a new demo community, deleting the one kept from earlier runs (implies --sandbox).</source>
        <translation>Mulakan kotak pasir terbenam daripada komuniti demo baharu dan padamkan komuniti yang disimpan daripada larian terdahulu (termasuk --sandbox).</translation>
    </message>
    <message>
        <source>Number of members in a new demo community (1 to 1000000, default 1000); a kept one keeps its size.</source>
        <translation>Bilangan ahli dalam komuniti demo baharu (1 hingga 1000000, lalai 1000); komuniti yang disimpan mengekalkan saiznya.</translation>
    </message>
    <message>
        <source>Give or take a badge or role to a list of members as one journaled job (see: returning-admin assign --help).</source>
        <translation>Berikan atau tarik balik lencana atau peranan bagi senarai ahli sebagai satu tugas berjurnal (lihat: returning-admin assign --help).</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Production</source>
        <translation>Pengeluaran</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Pementasan</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Kotak pasir setempat</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tersuai</translation>
    </message>
    <message>
        <source>System API URL</source>
        <translation>URL API Sistem</translation>
    </message>
    <message>
        <source>Integration API URL</source>
        <translation>URL API Integrasi</translation>
    </message>
    <message>
        <source>Application API URL</source>
        <translation>URL API Aplikasi</translation>
    </message>
    <message>
        <source>Gateway URL</source>
        <translation>URL Get Laluan</translation>
    </message>
    <message>
        <source>Secure Auth URL</source>
        <translation>URL Secure Auth</translation>
    </message>
    <message>
        <source>%1 is not a valid URL; use e.g. https://api.example.com</source>
        <translation>%1 bukan URL yang sah; gunakan cth. https://api.example.com</translation>
    </message>
    <message>
        <source>%1 must start with https://</source>
        <translation>%1 mesti bermula dengan https://</translation>
    </message>
    <message>
        <source>%1 must not contain a query or fragment</source>
        <translation>%1 tidak boleh mengandungi pertanyaan atau fragmen</translation>
    </message>
    <message>
        <source>Name is required</source>
        <translation>Nama diperlukan</translation>
    </message>
    <message>
        <source>Name &quot;%1&quot; is already used by another profile</source>
        <translation>Nama &quot;%1&quot; sudah digunakan oleh profil lain</translation>
    </message>
    <message>
        <source>Community ID must not contain spaces</source>
        <translation>ID komuniti tidak boleh mengandungi ruang</translation>
    </message>
    <message>
        <source>%1 must use https:// (http only for localhost or 127.0.0.1)</source>
        <translation>%1 mesti menggunakan https:// (http hanya untuk localhost atau 127.0.0.1)</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; keys belong in the API keys, which are kept in the keychain</source>
        <translation>%1 tidak boleh mengandungi nama pengguna atau kata laluan; kunci hendaklah diletakkan dalam kunci API, yang disimpan dalam rantai kunci</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>New User</source>
        <translation>Pengguna Baharu</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>Nama &amp;pertama:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nama pertama</translation>
    </message>
    <message>
        <source>e.g. Ada</source>
        <translation>cth. Ada</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Nama akh&amp;ir:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nama akhir</translation>
    </message>
    <message>
        <source>e.g. Lovelace</source>
        <translation>cth. Lovelace</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>no spaces, e.g. ada_lovelace</source>
        <translation>tanpa ruang, cth. ada_lovelace</translation>
    </message>
    <message>
        <source>D&amp;isplay name:</source>
        <translation>Nama pap&amp;aran:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nama paparan</translation>
    </message>
    <message>
        <source>shown to other members</source>
        <translation>ditunjukkan kepada ahli lain</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mel:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Alamat e-mel</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nama@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Kata &amp;laluan:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata laluan</translation>
    </message>
    <message>
        <source>optional for SSO users; at least 8 characters</source>
        <translation>pilihan untuk pengguna SSO; sekurang-kurangnya 8 aksara</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Sahkan &amp;kata laluan:</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Sahkan kata laluan</translation>
    </message>
    <message>
        <source>repeat the password</source>
        <translation>ulang kata laluan</translation>
    </message>
    <message>
        <source>&amp;Access level:</source>
        <translation>&amp;Tahap akses:</translation>
    </message>
    <message>
        <source>Access level</source>
        <translation>Tahap akses</translation>
    </message>
    <message>
        <source>E-mail &amp;template:</source>
        <translation>Templat e-&amp;mel:</translation>
    </message>
    <message>
        <source>E-mail template</source>
        <translation>Templat e-mel</translation>
    </message>
    <message>
        <source>optional, e.g. 0</source>
        <translation>pilihan, cth. 0</translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation>&amp;Rujukan:</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>optional referrer value</source>
        <translation>nilai perujuk (pilihan)</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>ID l&amp;uaran:</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>ID luaran</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>pilihan</translation>
    </message>
    <message>
        <source>&amp;Join the server at once (full community member)</source>
        <translation>&amp;Sertai pelayan serta-merta (ahli penuh komuniti)</translation>
    </message>
    <message>
        <source>Join server</source>
        <translation>Sertai pelayan</translation>
    </message>
    <message>
        <source>&amp;Send a welcome e-mail</source>
        <translation>&amp;Hantar e-mel alu-aluan</translation>
    </message>
    <message>
        <source>Send e-mail</source>
        <translation>Hantar e-mel</translation>
    </message>
    <message>
        <source>E-mail the pass&amp;word to the user</source>
        <translation>E-melkan kata laluan kepada pen&amp;gguna</translation>
    </message>
    <message>
        <source>E-mail password</source>
        <translation>E-melkan kata laluan</translation>
    </message>
    <message>
        <source>C&amp;ustom fields</source>
        <translation>Me&amp;dan tersuai</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Medan tersuai</translation>
    </message>
    <message>
        <source>Field name or id</source>
        <translation>Nama atau ID medan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>Tam&amp;bah Medan</translation>
    </message>
    <message>
        <source>&amp;Remove Field</source>
        <translation>Alih &amp;Keluar Medan</translation>
    </message>
    <message>
        <source>Form problem</source>
        <translation>Masalah borang</translation>
    </message>
</context>
<context>
    <name>JournalReport</name>
    <message>
        <source>being sent when interrupted (in doubt)</source>
        <translation>sedang dihantar semasa terganggu (tidak pasti)</translation>
    </message>
    <message>
        <source>taken by the server, job not finished</source>
        <translation>diterima oleh pelayan, tugas belum selesai</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>%1 of %2 row(s) were already handed to the server; %3 row(s) are left to send.</source>
        <translation>%1 daripada %2 baris telah diserahkan kepada pelayan; %3 baris lagi belum dihantar.</translation>
    </message>
    <message>
        <source>%1 row(s) were being sent when it stopped: the server&apos;s API log is asked whether they arrived before they are sent again, so no row is sent twice.</source>
        <translation>%1 baris sedang dihantar ketika ia berhenti: log API pelayan akan ditanya sama ada baris itu sudah sampai sebelum ia dihantar semula, jadi tiada baris dihantar dua kali.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fail: %1</translation>
    </message>
    <message>
        <source>Kind: bulk update of existing members</source>
        <translation>Jenis: kemas kini pukal ahli sedia ada</translation>
    </message>
    <message>
        <source>Kind: bulk import of new members</source>
        <translation>Jenis: import pukal ahli baharu</translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>Komuniti: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Dimulakan: %1</translation>
    </message>
    <message>
        <source>Rows to send: %1</source>
        <translation>Baris untuk dihantar: %1</translation>
    </message>
    <message>
        <source>Handed to the server: %1</source>
        <translation>Diserahkan kepada pelayan: %1</translation>
    </message>
    <message>
        <source>In doubt: %1</source>
        <translation>Tidak pasti: %1</translation>
    </message>
    <message>
        <source>Left to send: %1</source>
        <translation>Belum dihantar: %1</translation>
    </message>
    <message>
        <source>The rest of the file was cancelled and will not be sent.</source>
        <translation>Baki fail telah dibatalkan dan tidak akan dihantar.</translation>
    </message>
    <message>
        <source>No part of the file was sent yet.</source>
        <translation>Belum ada bahagian fail yang dihantar.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 (%3): %4</source>
        <translation>Baris %1 hingga %2 (%3): %4</translation>
    </message>
    <message>
        <source>- job %1, %2 processed, %3 failed</source>
        <translation>- tugas %1, %2 diproses, %3 gagal</translation>
    </message>
    <message>
        <source>- %1</source>
        <translation>- %1</translation>
    </message>
</context>
<context>
    <name>NewUserRequest</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 diperlukan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at most %n characters.</source>
        <translation>
            <numerusform>%1 mestilah tidak melebihi %n aksara.</numerusform>
        </translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nama pertama</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nama akhir</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Username must not contain spaces.</source>
        <translation>Nama pengguna tidak boleh mengandungi ruang.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nama paparan</translation>
    </message>
    <message>
        <source>E-mail is required.</source>
        <translation>E-mel diperlukan.</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; is not a valid address (name@example.com).</source>
        <translation>E-mel &quot;%1&quot; bukan alamat yang sah (nama@example.com).</translation>
    </message>
    <message numerus="yes">
        <source>Password must have at least %n characters.</source>
        <translation>
            <numerusform>Kata laluan mesti mempunyai sekurang-kurangnya %n aksara.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat the password to confirm it.</source>
        <translation>Ulang kata laluan untuk mengesahkannya.</translation>
    </message>
    <message>
        <source>The password confirmation does not match.</source>
        <translation>Pengesahan kata laluan tidak sepadan.</translation>
    </message>
    <message>
        <source>Access level must not be negative.</source>
        <translation>Tahap akses tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Custom field %1 has no field name or id.</source>
        <translation>Medan tersuai %1 tiada nama atau ID medan.</translation>
    </message>
    <message>
        <source>Custom field &quot;%1&quot; has no value.</source>
        <translation>Medan tersuai &quot;%1&quot; tiada nilai.</translation>
    </message>
    <message>
        <source>Custom field &quot;%1&quot; is not a field of this community.</source>
        <translation>Medan tersuai &quot;%1&quot; bukan medan komuniti ini.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Keutamaan</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rangkaian</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Tamat masa permintaan:</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Tamat masa permintaan dalam saat</translation>
    </message>
    <message>
        <source>How long to wait for the server before a request fails</source>
        <translation>Tempoh menunggu pelayan sebelum permintaan dianggap gagal</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Parallel requests per server:</source>
        <translation>Permintaan &amp;selari bagi setiap pelayan:</translation>
    </message>
    <message>
        <source>Parallel requests per server</source>
        <translation>Permintaan selari bagi setiap pelayan</translation>
    </message>
    <message>
        <source>At most this many requests run at once against one host; the rest wait in a queue</source>
        <translation>Bilangan maksimum permintaan yang dijalankan serentak terhadap satu hos; selebihnya menunggu dalam baris gilir</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Penampilan</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the desktop</source>
        <translation>Warna cerah atau gelap, atau warna desktop</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>This built-in profile points at the embedded local sandbox. Its endpoints, community and keys are set by the app each time the sandbox starts; it cannot be edited, renamed or deleted.</source>
        <translation>Profil terbina dalam ini menghala ke kotak pasir setempat terbenam. Titik akhir, komuniti dan kuncinya ditetapkan oleh aplikasi setiap kali kotak pasir dimulakan; profil ini tidak boleh diedit, dinamakan semula atau dipadamkan.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nama profil</translation>
    </message>
    <message>
        <source>A name you recognise, e.g. “Acme production”</source>
        <translation>Nama yang mudah anda kenali, cth. “Pengeluaran Acme”</translation>
    </message>
    <message>
        <source>&amp;Community ID:</source>
        <translation>ID &amp;komuniti:</translation>
    </message>
    <message>
        <source>Community ID</source>
        <translation>ID komuniti</translation>
    </message>
    <message>
        <source>The community the Integration API addresses</source>
        <translation>Komuniti yang dituju oleh API Integrasi</translation>
    </message>
    <message>
        <source>e.g. 64f1c0…</source>
        <translation>cth. 64f1c0…</translation>
    </message>
    <message>
        <source>P&amp;roduction community (real members)</source>
        <translation>Komuniti &amp;pengeluaran (ahli sebenar)</translation>
    </message>
    <message>
        <source>Production community</source>
        <translation>Komuniti pengeluaran</translation>
    </message>
    <message>
        <source>Marks the profile as production: the window shows a red banner while it is active</source>
        <translation>Menandakan profil sebagai pengeluaran: tetingkap menunjukkan sepanduk merah semasa profil ini aktif</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Persekitaran:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Persekitaran</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Titik akhir</translation>
    </message>
    <message>
        <source>&amp;System API:</source>
        <translation>API &amp;Sistem:</translation>
    </message>
    <message>
        <source>System API base URL</source>
        <translation>URL asas API Sistem</translation>
    </message>
    <message>
        <source>https://…  (x-api-key)</source>
        <translation>https://…  (x-api-key)</translation>
    </message>
    <message>
        <source>&amp;Integration API:</source>
        <translation>API &amp;Integrasi:</translation>
    </message>
    <message>
        <source>Integration API base URL</source>
        <translation>URL asas API Integrasi</translation>
    </message>
    <message>
        <source>https://…  (Bearer)</source>
        <translation>https://…  (Bearer)</translation>
    </message>
    <message>
        <source>&amp;Application API:</source>
        <translation>API &amp;Aplikasi:</translation>
    </message>
    <message>
        <source>Application API base URL</source>
        <translation>URL asas API Aplikasi</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Get Laluan:</translation>
    </message>
    <message>
        <source>Gateway base URL</source>
        <translation>URL asas Get Laluan</translation>
    </message>
    <message>
        <source>https://…  (Get Messages)</source>
        <translation>https://…  (Get Messages)</translation>
    </message>
    <message>
        <source>Secure &amp;Auth:</source>
        <translation>Secure A&amp;uth:</translation>
    </message>
    <message>
        <source>Secure Auth domain URL</source>
        <translation>URL domain Secure Auth</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain, never in the settings file.</source>
        <translation>Kunci disimpan dalam rantai kunci sistem, tidak sekali-kali dalam fail tetapan.</translation>
    </message>
    <message>
        <source>S&amp;ystem API key:</source>
        <translation>Kunci API Sis&amp;tem:</translation>
    </message>
    <message>
        <source>System API key</source>
        <translation>Kunci API Sistem</translation>
    </message>
    <message>
        <source>System API key status</source>
        <translation>Status kunci API Sistem</translation>
    </message>
    <message>
        <source>In&amp;tegration key:</source>
        <translation>Kunci Integ&amp;rasi:</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>Kunci Integrasi</translation>
    </message>
    <message>
        <source>Integration key status</source>
        <translation>Status kunci Integrasi</translation>
    </message>
    <message>
        <source>A&amp;pplication key:</source>
        <translation>Kunci Ap&amp;likasi:</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>Kunci Aplikasi</translation>
    </message>
    <message>
        <source>Application key status</source>
        <translation>Status kunci Aplikasi</translation>
    </message>
</context>
<context>
    <name>ProfileKeyReader</name>
    <message>
        <source>cannot read the keys of profile &quot;%1&quot; from the keychain (%2); give the key with --key-file or --key -, or set its RA_*_KEY variable, instead</source>
        <translation>tidak dapat membaca kunci profil &quot;%1&quot; daripada rantai kunci (%2); sebaliknya, berikan kunci dengan --key-file atau --key -, atau tetapkan pemboleh ubah RA_*_KEY yang berkenaan</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>e.g. Moderator</source>
        <translation>cth. Moderator</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Nama peranan</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Warna:</translation>
    </message>
    <message>
        <source>Role colour</source>
        <translation>Warna peranan</translation>
    </message>
    <message>
        <source>C&amp;ustom…</source>
        <translation>&amp;Tersuai…</translation>
    </message>
    <message>
        <source>Pick a custom colour</source>
        <translation>Pilih warna tersuai</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>Keterangan peranan</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>Ke&amp;dudukan:</translation>
    </message>
    <message>
        <source>Position in the role hierarchy</source>
        <translation>Kedudukan dalam hierarki peranan</translation>
    </message>
    <message>
        <source>Lower positions come first in the role hierarchy.</source>
        <translation>Kedudukan yang lebih rendah didahulukan dalam hierarki peranan.</translation>
    </message>
    <message>
        <source>&amp;Billable role</source>
        <translation>Peranan &amp;berbayar</translation>
    </message>
    <message>
        <source>Billable role</source>
        <translation>Peranan berbayar</translation>
    </message>
    <message>
        <source>Server permissions</source>
        <translation>Kebenaran pelayan</translation>
    </message>
    <message>
        <source>Channel permissions</source>
        <translation>Kebenaran saluran</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Server</source>
        <translation>Pelayan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>e.g. Acme Community</source>
        <translation>cth. Komuniti Acme</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nama pelayan</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <source>made from the name when empty</source>
        <translation>dijana daripada nama jika kosong</translation>
    </message>
    <message>
        <source>Server URI</source>
        <translation>URI pelayan</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>e.g. community.example.com</source>
        <translation>cth. community.example.com</translation>
    </message>
    <message>
        <source>Server domain</source>
        <translation>Domain pelayan</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
    <message>
        <source>Server description</source>
        <translation>Keterangan pelayan</translation>
    </message>
</context>
<context>
    <name>UserFieldRules</name>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Single-line text</source>
        <translation>Teks satu baris</translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation>Teks berbilang baris</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombor</translation>
    </message>
    <message>
        <source>Numerical</source>
        <translation>Berangka</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ya / tidak</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>%1: a value is required.</source>
        <translation>%1: nilai diperlukan.</translation>
    </message>
    <message>
        <source>%1: a single-line text cannot hold a line break.</source>
        <translation>%1: teks satu baris tidak boleh mengandungi pemisah baris.</translation>
    </message>
    <message>
        <source>%1: the text has %2 characters; at most %3 are allowed.</source>
        <translation>%1: teks mempunyai %2 aksara; maksimum %3 aksara dibenarkan.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number (e.g. 12 or -3.5).</source>
        <translation>%1: &quot;%2&quot; bukan nombor (cth. 12 atau -3.5).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1: &quot;%2&quot; bukan tarikh (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes or no (true, false, yes, no, 1 or 0).</source>
        <translation>%1: &quot;%2&quot; bukan ya atau tidak (true, false, yes, no, 1 atau 0).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of its choices (%3).</source>
        <translation>%1: &quot;%2&quot; bukan salah satu pilihannya (%3).</translation>
    </message>
    <message>
        <source>The new field</source>
        <translation>Medan baharu</translation>
    </message>
    <message>
        <source>%1: the key is required.</source>
        <translation>%1: kunci diperlukan.</translation>
    </message>
    <message>
        <source>%1: the key has %2 characters; at most %3 are allowed.</source>
        <translation>%1: kunci mempunyai %2 aksara; maksimum %3 aksara dibenarkan.</translation>
    </message>
    <message>
        <source>%1: the name is required.</source>
        <translation>%1: nama diperlukan.</translation>
    </message>
    <message>
        <source>%1: the name has %2 characters; at most %3 are allowed.</source>
        <translation>%1: nama mempunyai %2 aksara; maksimum %3 aksara dibenarkan.</translation>
    </message>
    <message>
        <source>%1: the type &quot;%2&quot; is not one of %3.</source>
        <translation>%1: jenis &quot;%2&quot; bukan salah satu daripada %3.</translation>
    </message>
    <message>
        <source>%1: a choice field needs at least one option.</source>
        <translation>%1: medan pilihan memerlukan sekurang-kurangnya satu pilihan.</translation>
    </message>
    <message>
        <source>%1: an option is blank.</source>
        <translation>%1: satu pilihan kosong.</translation>
    </message>
    <message>
        <source>%1: the option &quot;%2…&quot; is longer than %3 characters.</source>
        <translation>%1: pilihan &quot;%2…&quot; melebihi %3 aksara.</translation>
    </message>
    <message>
        <source>%1: the option &quot;%2&quot; is listed twice.</source>
        <translation>%1: pilihan &quot;%2&quot; disenaraikan dua kali.</translation>
    </message>
    <message>
        <source>%1: only a choice field has options; a %2 field has none.</source>
        <translation>%1: hanya medan pilihan yang mempunyai pilihan; medan %2 tidak mempunyainya.</translation>
    </message>
    <message>
        <source>Default value of %1</source>
        <translation>Nilai lalai bagi %1</translation>
    </message>
</context>
<context>
    <name>UserFilterBar</name>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mel:</translation>
    </message>
    <message>
        <source>Filter by e-mail</source>
        <translation>Tapis mengikut e-mel</translation>
    </message>
    <message>
        <source>exact address</source>
        <translation>alamat tepat</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>Nama &amp;pertama:</translation>
    </message>
    <message>
        <source>Filter by first name</source>
        <translation>Tapis mengikut nama pertama</translation>
    </message>
    <message>
        <source>exact first name</source>
        <translation>nama pertama tepat</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Nama akh&amp;ir:</translation>
    </message>
    <message>
        <source>Filter by last name</source>
        <translation>Tapis mengikut nama akhir</translation>
    </message>
    <message>
        <source>exact last name</source>
        <translation>nama akhir tepat</translation>
    </message>
    <message>
        <source>&amp;Joined between</source>
        <translation>Men&amp;yertai antara</translation>
    </message>
    <message>
        <source>Filter by join date</source>
        <translation>Tapis mengikut tarikh sertai</translation>
    </message>
    <message>
        <source>Joined on or after</source>
        <translation>Menyertai pada atau selepas</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Joined on or before</source>
        <translation>Menyertai pada atau sebelum</translation>
    </message>
    <message>
        <source>&amp;XP:</source>
        <translation>&amp;XP:</translation>
    </message>
    <message>
        <source>Minimum XP</source>
        <translation>XP minimum</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Maximum XP</source>
        <translation>XP maksimum</translation>
    </message>
    <message>
        <source>max</source>
        <translation>maks</translation>
    </message>
    <message>
        <source>C&amp;oins:</source>
        <translation>&amp;Syiling:</translation>
    </message>
    <message>
        <source>Minimum coins</source>
        <translation>Syiling minimum</translation>
    </message>
    <message>
        <source>Maximum coins</source>
        <translation>Syiling maksimum</translation>
    </message>
    <message>
        <source>C&amp;ustom field:</source>
        <translation>Medan &amp;tersuai:</translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>Custom field value</source>
        <translation>Nilai medan tersuai</translation>
    </message>
    <message>
        <source>exact value</source>
        <translation>nilai tepat</translation>
    </message>
    <message>
        <source>&amp;Paging:</source>
        <translation>Pengh&amp;alaman:</translation>
    </message>
    <message>
        <source>Paging mode</source>
        <translation>Mod penghalaman</translation>
    </message>
    <message>
        <source>How Get Users with Filters pages: by cursor or by page number</source>
        <translation>Cara Get Users with Filters membahagikan halaman: mengikut kursor atau nombor halaman</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Kursor</translation>
    </message>
    <message>
        <source>Page numbers</source>
        <translation>Nombor halaman</translation>
    </message>
    <message>
        <source>&amp;Saved filters</source>
        <translation>Penapis tersimpa&amp;n</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Penapis tersimpan</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>&amp;Kosongkan</translation>
    </message>
    <message>
        <source>Clear the server filter</source>
        <translation>Kosongkan penapis pelayan</translation>
    </message>
    <message>
        <source>Empty every filter and load all users</source>
        <translation>Kosongkan setiap penapis dan muatkan semua pengguna</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Gunakan</translation>
    </message>
    <message>
        <source>Apply the server filter</source>
        <translation>Gunakan penapis pelayan</translation>
    </message>
    <message>
        <source>Load the users matching the filter (Enter)</source>
        <translation>Muatkan pengguna yang sepadan dengan penapis (Enter)</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Lebih banyak penapis</translation>
    </message>
    <message>
        <source>Show or hide the filters by name, join date, XP, coins and custom field, and the paging mode</source>
        <translation>Tunjukkan atau sembunyikan penapis mengikut nama, tarikh sertai, XP, syiling dan medan tersuai, serta mod penghalaman</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Medan tersuai</translation>
    </message>
    <message>
        <source>The community&apos;s custom field to match, by name</source>
        <translation>Medan tersuai komuniti untuk dipadankan, mengikut nama</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A local Returning.AI-compatible server with a demo community.</source>
        <translation>Pelayan setempat yang serasi dengan Returning.AI, dengan komuniti demo.</translation>
    </message>
</context>
<context>
    <name>ra::AboutDialog</name>
    <message>
        <source>About Returning Admin</source>
        <translation>Perihal Returning Admin</translation>
    </message>
    <message>
        <source>Returning Admin</source>
        <translation>Returning Admin</translation>
    </message>
    <message>
        <source>Version %1 · Qt %2 (built with %3)</source>
        <translation>Versi %1 · Qt %2 (dibina dengan %3)</translation>
    </message>
    <message>
        <source>A desktop console for Returning.AI community managers: servers, roles, channels, badges, users, messages and API keys, with bulk CSV import.</source>
        <translation>Konsol desktop untuk pengurus komuniti Returning.AI: pelayan, peranan, saluran, lencana, pengguna, mesej dan kunci API, dengan import CSV pukal.</translation>
    </message>
    <message>
        <source>Website: https://returning.ai
Documentation: https://docs.returning.ai</source>
        <translation>Laman web: https://returning.ai
Dokumentasi: https://docs.returning.ai</translation>
    </message>
    <message>
        <source>Returning Admin logo</source>
        <translation>Logo Returning Admin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>ra::AccountDialog</name>
    <message>
        <source>Account %1 registered. Enter the code sent to it (the local sandbox prints the code on its log instead of mailing it).</source>
        <translation>Akaun %1 telah didaftarkan. Masukkan kod yang dihantar kepadanya (kotak pasir setempat mencetak kod itu pada lognya dan bukannya menghantarnya melalui e-mel).</translation>
    </message>
    <message>
        <source>The e-mail address %1 is verified. Log in now.</source>
        <translation>Alamat e-mel %1 telah disahkan. Log masuk sekarang.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Log masuk sebagai %1.</translation>
    </message>
    <message>
        <source>Registering failed: %1</source>
        <translation>Pendaftaran gagal: %1</translation>
    </message>
    <message>
        <source>Verifying failed: %1</source>
        <translation>Pengesahan gagal: %1</translation>
    </message>
    <message>
        <source>Logging in failed: %1</source>
        <translation>Log masuk gagal: %1</translation>
    </message>
    <message>
        <source>E-mail: enter an address like name@example.com</source>
        <translation>E-mel: masukkan alamat seperti nama@example.com</translation>
    </message>
    <message>
        <source>Password: use at least 8 characters</source>
        <translation>Kata laluan: gunakan sekurang-kurangnya 8 aksara</translation>
    </message>
    <message>
        <source>E-mail: enter the address you registered</source>
        <translation>E-mel: masukkan alamat yang anda daftarkan</translation>
    </message>
    <message>
        <source>Code: enter the code sent to the address</source>
        <translation>Kod: masukkan kod yang dihantar ke alamat tersebut</translation>
    </message>
    <message>
        <source>E-mail: enter the address of your account</source>
        <translation>E-mel: masukkan alamat akaun anda</translation>
    </message>
    <message>
        <source>Password: enter your password</source>
        <translation>Kata laluan: masukkan kata laluan anda</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>Verify E-mail</source>
        <translation>Sahkan E-mel</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Log Masuk</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Daftar</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Sahkan</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Log Masuk</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>Log Kel&amp;uar</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mel:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata laluan:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>K&amp;od:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>pilihan</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 digit</translation>
    </message>
</context>
<context>
    <name>ra::AccountPanes</name>
    <message>
        <source>Log In Again</source>
        <translation>Log Masuk Semula</translation>
    </message>
    <message>
        <source>Members&apos; API keys can be seen and managed only with a login.</source>
        <translation>Kunci API ahli hanya boleh dilihat dan diurus setelah log masuk.</translation>
    </message>
    <message>
        <source>Log In…</source>
        <translation>Log Masuk…</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Bukan Sekarang</translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>&amp;Akaun…</translation>
    </message>
    <message>
        <source>Register, verify your e-mail and log in for the token that manages API keys</source>
        <translation>Daftar, sahkan e-mel anda dan log masuk untuk mendapatkan token yang mengurus kunci API</translation>
    </message>
    <message>
        <source>Secure Auth &amp;Login Link…</source>
        <translation>Pautan &amp;Log Masuk Secure Auth…</translation>
    </message>
    <message>
        <source>Get a one-time login URL for a member</source>
        <translation>Dapatkan URL log masuk sekali guna untuk ahli</translation>
    </message>
</context>
<context>
    <name>ra::AccountSession</name>
    <message>
        <source>The login of %1 expired at %2. Log in again to manage API keys.</source>
        <translation>Log masuk %1 telah tamat tempoh pada %2. Log masuk semula untuk mengurus kunci API.</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Belum log masuk</translation>
    </message>
    <message>
        <source>The login of %1 has expired: log in again</source>
        <translation>Log masuk %1 telah tamat tempoh: log masuk semula</translation>
    </message>
    <message>
        <source>Logged in as %1 until %2</source>
        <translation>Log masuk sebagai %1 sehingga %2</translation>
    </message>
    <message>
        <source>Logged in as %1 (the server gave no expiry)</source>
        <translation>Log masuk sebagai %1 (pelayan tidak memberikan tempoh tamat)</translation>
    </message>
    <message>
        <source>(kept for this run only)</source>
        <translation>(dikekalkan untuk larian ini sahaja)</translation>
    </message>
    <message>
        <source>The login of %1 has expired. Log in again to manage API keys.</source>
        <translation>Log masuk %1 telah tamat tempoh. Log masuk semula untuk mengurus kunci API.</translation>
    </message>
    <message>
        <source>The server answered the login without a session token</source>
        <translation>Pelayan menjawab log masuk tanpa token sesi</translation>
    </message>
    <message>
        <source>The server no longer accepts the login of %1. Log in again to manage API keys.</source>
        <translation>Pelayan tidak lagi menerima log masuk %1. Log masuk semula untuk mengurus kunci API.</translation>
    </message>
</context>
<context>
    <name>ra::AddHistoryEntryDialog</name>
    <message>
        <source>Add History Entry</source>
        <translation>Tambah Entri Sejarah</translation>
    </message>
    <message>
        <source>Member id, e-mail or username</source>
        <translation>ID ahli, e-mel atau nama pengguna</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Ahli:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Medan:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Nilai:</translation>
    </message>
    <message>
        <source>The entry was not added: %1</source>
        <translation>Entri tidak ditambah: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A number, e.g. 1250 or 12.5.</source>
        <translation>Nombor, cth. 1250 atau 12.5.</translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>Tarikh dalam bentuk YYYY-MM-DD, cth. 2026-03-31.</translation>
    </message>
    <message>
        <source>Any text.</source>
        <translation>Sebarang teks.</translation>
    </message>
    <message>
        <source>Member: give the member&apos;s id, e-mail or username.</source>
        <translation>Ahli: berikan ID, e-mel atau nama pengguna ahli.</translation>
    </message>
    <message>
        <source>Field: choose a field (the community has none yet, or they are loading).</source>
        <translation>Medan: pilih medan (komuniti belum mempunyai medan, atau medan sedang dimuatkan).</translation>
    </message>
    <message>
        <source>Value: give the new value of %1.</source>
        <translation>Nilai: berikan nilai baharu bagi %1.</translation>
    </message>
    <message>
        <source>Value: %1 is a number field; &quot;%2&quot; is not a number.</source>
        <translation>Nilai: %1 ialah medan nombor; &quot;%2&quot; bukan nombor.</translation>
    </message>
    <message>
        <source>Value: %1 is a date field; &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Nilai: %1 ialah medan tarikh; &quot;%2&quot; bukan tarikh (YYYY-MM-DD).</translation>
    </message>
</context>
<context>
    <name>ra::AnnounceDialog</name>
    <message>
        <source>Send</source>
        <translation>Hantar</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Cuba Semula yang Gagal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Announce to Several Channels</source>
        <translation>Umumkan ke Beberapa Saluran</translation>
    </message>
    <message>
        <source>username or e-mail</source>
        <translation>nama pengguna atau e-mel</translation>
    </message>
    <message>
        <source>The message every chosen channel gets (plain text)</source>
        <translation>Mesej yang diterima oleh setiap saluran yang dipilih (teks biasa)</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Saluran:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mesej:</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>Hantar sebagai:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>Pilih sekurang-kurangnya satu saluran.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>Sending stopped: the job&apos;s journal cannot be written: %1</source>
        <translation>Penghantaran dihentikan: jurnal tugas tidak dapat ditulis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending to %n channel(s)…</source>
        <translation>
            <numerusform>Menghantar ke %n saluran…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Tiada apa-apa yang dihantar: %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>dihantar</translation>
    </message>
    <message>
        <source>channel not found</source>
        <translation>saluran tidak ditemui</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>menghantar…</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n channel(s).</source>
        <translation>
            <numerusform>Dihantar ke %n saluran.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to %1 of %2 channels; %3 failed (reasons in the table).</source>
        <translation>Dihantar ke %1 daripada %2 saluran; %3 gagal (sebabnya dalam jadual).</translation>
    </message>
    <message>
        <source>Channels to announce to</source>
        <translation>Saluran untuk diumumkan</translation>
    </message>
    <message>
        <source>Announcement text</source>
        <translation>Teks pengumuman</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>Hantar sebagai</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Kemajuan penghantaran</translation>
    </message>
    <message>
        <source>Result per channel</source>
        <translation>Hasil bagi setiap saluran</translation>
    </message>
    <message>
        <source>Announcement status</source>
        <translation>Status pengumuman</translation>
    </message>
    <message>
        <source>Send to every chosen channel (Ctrl+Return)</source>
        <translation>Hantar ke setiap saluran yang dipilih (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Discard this unsent message?</source>
        <translation>Buang mesej yang belum dihantar ini?</translation>
    </message>
    <message>
        <source>It has not been sent and will not be kept.</source>
        <translation>Mesej ini belum dihantar dan tidak akan disimpan.</translation>
    </message>
</context>
<context>
    <name>ra::AnnounceItemKind</name>
    <message>
        <source>Announce &quot;%1&quot;</source>
        <translation>Umumkan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 (the message may have been posted; look at the channel before you retry)</source>
        <translation>%1 (mesej itu mungkin telah disiarkan; lihat saluran itu sebelum anda mencuba semula)</translation>
    </message>
</context>
<context>
    <name>ra::AnnounceOffer</name>
    <message>
        <source>Interrupted Announcement</source>
        <translation>Pengumuman Terganggu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was interrupted before every channel was handled.</source>
        <translation>&quot;%1&quot; terganggu sebelum semua saluran dikendalikan.</translation>
    </message>
    <message>
        <source>Handled: %1 of %2 channels (sent %3, not found %4, failed %5); %6 were on the wire and are looked up in their channel first. Resume sends to the rest, none twice. Forget stops here and you are not asked again.</source>
        <translation>Dikendalikan: %1 daripada %2 saluran (dihantar %3, tidak ditemui %4, gagal %5); %6 sedang dihantar dan akan dicari dalam saluran masing-masing dahulu. Sambung Semula menghantar kepada selebihnya, tiada yang dihantar dua kali. Lupakan berhenti di sini dan anda tidak akan ditanya lagi.</translation>
    </message>
    <message>
        <source>The announcement cannot be resumed: %1</source>
        <translation>Pengumuman tidak dapat disambung semula: %1</translation>
    </message>
</context>
<context>
    <name>ra::ApiClient</name>
    <message>
        <source>unknown operation &quot;%1&quot;</source>
        <translation>operasi &quot;%1&quot; tidak diketahui</translation>
    </message>
</context>
<context>
    <name>ra::ApiCommand</name>
    <message>
        <source>--body is not JSON: %1 at offset %2</source>
        <translation>--body bukan JSON: %1 pada ofset %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 takes NAME=VALUE</source>
        <translation>%1 menerima NAME=VALUE</translation>
    </message>
    <message>
        <source>--base-url is not a URL: %1</source>
        <translation>--base-url bukan URL: %1</translation>
    </message>
    <message>
        <source>--history-shape is get or post</source>
        <translation>--history-shape ialah get atau post</translation>
    </message>
    <message>
        <source>--timeout takes milliseconds</source>
        <translation>--timeout menerima nilai dalam milisaat</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>pilihan %1 tidak diketahui</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argumen %1 tidak dijangka</translation>
    </message>
    <message>
        <source>name an operation, or use --list</source>
        <translation>namakan satu operasi, atau gunakan --list</translation>
    </message>
    <message>
        <source>profiles are not available here; use --base-url and --key</source>
        <translation>profil tidak tersedia di sini; gunakan --base-url dan --key</translation>
    </message>
    <message>
        <source>give --profile, or --base-url (the %1 API&apos;s base URL)</source>
        <translation>berikan --profile, atau --base-url (URL asas API %1)</translation>
    </message>
    <message>
        <source>unknown operation %1 (see --list)</source>
        <translation>operasi %1 tidak diketahui (lihat --list)</translation>
    </message>
    <message>
        <source>use either --profile or --base-url</source>
        <translation>gunakan sama ada --profile atau --base-url</translation>
    </message>
    <message>
        <source>--base-url must not contain a user name or password; give the key with --key-file or an RA_*_KEY variable</source>
        <translation>--base-url tidak boleh mengandungi nama pengguna atau kata laluan; berikan kunci dengan --key-file atau pemboleh ubah RA_*_KEY</translation>
    </message>
    <message>
        <source>Usage: returning-admin api --list
       returning-admin api OPERATION [options]

Runs one operation of the Returning.AI route table and prints the decoded
reply as JSON on stdout (exit 0), or the error as JSON on stderr (exit 1;
usage errors exit 2).

Options:
  --list                 List the operations with method, path and status.
  --body JSON            The request body.
  --body-file F          The request body, read from file F.
  --query NAME=VALUE     A query item; a {NAME} of the path is filled from it.
  --file FIELD=PATH      A multipart file field (bulk import, images).
  --profile P            Use the saved connection profile P.
  --base-url URL         The base URL of the operation&apos;s API family.
  --key-file F           Read the key from the first line of F; without it
                         the variable of the operation&apos;s key kind is read
                         (RA_SYSTEM_KEY, RA_INTEGRATION_KEY or
                         RA_APPLICATION_KEY), and with --profile the
                         profile&apos;s keys in the keychain.
  --key -                Read the key from standard input.
  --key K                The key itself (visible to other users of the
                         machine: prefer the two above).
  --community ID         The community id.
  --hostname H           The Secure Auth hostname header.
  --timeout MS           Transfer timeout in milliseconds (default 30000).
  --history-shape S      get or post: gamification history request shape.
  --log-requests FILE    Append the request log, without secrets, to FILE.
  --raw                  Print a raw body (e.g. the CSV template) as is.
</source>
        <translation>Penggunaan: returning-admin api --list
            returning-admin api OPERATION [pilihan]

Menjalankan satu operasi daripada jadual laluan Returning.AI dan mencetak
balasan yang telah dinyahkod sebagai JSON pada stdout (keluar dengan 0), atau
ralat sebagai JSON pada stderr (keluar dengan 1; ralat penggunaan keluar dengan 2).

Pilihan:
  --list                 Senaraikan operasi beserta kaedah, laluan dan status.
  --body JSON            Badan permintaan.
  --body-file F          Badan permintaan, dibaca daripada fail F.
  --query NAME=VALUE     Item pertanyaan; {NAME} dalam laluan diisi daripadanya.
  --file FIELD=PATH      Medan fail multipart (import pukal, imej).
  --profile P            Gunakan profil sambungan tersimpan P.
  --base-url URL         URL asas keluarga API bagi operasi itu.
  --key-file F           Baca kunci daripada baris pertama F; tanpanya,
                         pemboleh ubah bagi jenis kunci operasi itu dibaca
                         (RA_SYSTEM_KEY, RA_INTEGRATION_KEY atau
                         RA_APPLICATION_KEY), dan dengan --profile, kunci
                         profil dalam rantai kunci.
  --key -                Baca kunci daripada input standard.
  --key K                Kunci itu sendiri (kelihatan kepada pengguna lain
                         mesin ini: utamakan dua pilihan di atas).
  --community ID         ID komuniti.
  --hostname H           Pengepala nama hos Secure Auth.
  --timeout MS           Tamat masa pemindahan dalam milisaat (lalai 30000).
  --history-shape S      get atau post: bentuk permintaan sejarah gamifikasi.
  --log-requests FILE    Tambahkan log permintaan, tanpa rahsia, pada FILE.
  --raw                  Cetak badan mentah (cth. templat CSV) seadanya.
</translation>
    </message>
</context>
<context>
    <name>ra::ApiError</name>
    <message>
        <source>The server rejected the request as invalid.</source>
        <translation>Pelayan menolak permintaan kerana tidak sah.</translation>
    </message>
    <message>
        <source>The API key is missing, invalid, expired or lacks the permission.</source>
        <translation>Kunci API tiada, tidak sah, telah tamat tempoh atau tidak mempunyai kebenaran.</translation>
    </message>
    <message>
        <source>The API key is valid but may not access this resource.</source>
        <translation>Kunci API sah tetapi tidak dibenarkan mengakses sumber ini.</translation>
    </message>
    <message>
        <source>The server does not know this resource.</source>
        <translation>Pelayan tidak mengenali sumber ini.</translation>
    </message>
    <message>
        <source>The change conflicts with the current state on the server.</source>
        <translation>Perubahan ini bercanggah dengan keadaan semasa pada pelayan.</translation>
    </message>
    <message>
        <source>The server is rate-limiting requests. Try again later.</source>
        <translation>Pelayan sedang mengehadkan kadar permintaan. Cuba lagi kemudian.</translation>
    </message>
    <message>
        <source>The server had an unexpected error.</source>
        <translation>Pelayan mengalami ralat yang tidak dijangka.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable.</source>
        <translation>Pelayan tidak tersedia buat sementara waktu.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Pelayan menjawab dengan status HTTP %1.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the network connection and the base URL.</source>
        <translation>Tidak dapat mencapai %1. Semak sambungan rangkaian dan URL asas.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 tidak menjawab dalam masa yang ditetapkan.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified.</source>
        <translation>Sambungan selamat ke %1 tidak dapat disahkan.</translation>
    </message>
    <message>
        <source>The server reported a failure.</source>
        <translation>Pelayan melaporkan kegagalan.</translation>
    </message>
    <message>
        <source>The reply to %1 could not be read.</source>
        <translation>Balasan kepada %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Refused to send to %1: a non-local host must use HTTPS.</source>
        <translation>Enggan menghantar ke %1: hos bukan setempat mesti menggunakan HTTPS.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Permintaan telah dibatalkan.</translation>
    </message>
    <message>
        <source>The request for %1 is incomplete: %2</source>
        <translation>Permintaan untuk %1 tidak lengkap: %2</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Mesej pelayan: %1</translation>
    </message>
</context>
<context>
    <name>ra::ApiJobTableModel</name>
    <message>
        <source>Update</source>
        <translation>Kemas kini</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dimulakan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Diproses</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dicipta</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Dikemas kini</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>ra::ApiKeyDialog</name>
    <message>
        <source>New API Key</source>
        <translation>Kunci API Baharu</translation>
    </message>
    <message>
        <source>Edit API Key &quot;%1&quot;</source>
        <translation>Edit Kunci API &quot;%1&quot;</translation>
    </message>
    <message>
        <source>API Key &quot;%1&quot;</source>
        <translation>Kunci API &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>&amp;Kebenaran:</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>&amp;Tamat tempoh pada</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktif</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Kunci:</translation>
    </message>
    <message>
        <source>Shown only when it was created</source>
        <translation>Ditunjukkan hanya semasa kunci dicipta</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Dicipta:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Dikemas kini:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Terakhir digunakan:</translation>
    </message>
    <message>
        <source>The server does not say</source>
        <translation>Pelayan tidak menyatakannya</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>&amp;Create Key</source>
        <translation>&amp;Cipta Kunci</translation>
    </message>
    <message>
        <source>Name: give the key a name, so its owner can tell it from others</source>
        <translation>Nama: berikan nama kepada kunci, supaya pemiliknya dapat membezakannya daripada kunci lain</translation>
    </message>
    <message>
        <source>Expires on: choose a time in the future</source>
        <translation>Tamat tempoh pada: pilih masa pada masa hadapan</translation>
    </message>
</context>
<context>
    <name>ra::ApiKeyTableModel</name>
    <message>
        <source>Expired</source>
        <translation>Tamat tempoh</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Tamat tempoh dalam %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>The key does not expire</source>
        <translation>Kunci ini tidak tamat tempoh</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Tidak dilaporkan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Kebenaran</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dicipta</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Tamat tempoh</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Terakhir digunakan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ra::ApiLogEntryTableModel</name>
    <message>
        <source>Time</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesej</translation>
    </message>
</context>
<context>
    <name>ra::ApiLogPane</name>
    <message>
        <source>API Log</source>
        <translation>Log API</translation>
    </message>
    <message>
        <source>The API log could not be read: %1</source>
        <translation>Log API tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The job&apos;s history could not be read: %1</source>
        <translation>Sejarah tugas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>History of job %1:</source>
        <translation>Sejarah tugas %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) in the API log</source>
        <translation>
            <numerusform>%n tugas dalam log API</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n still running</source>
        <translation>
            <numerusform>, %n masih berjalan</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk jobs</source>
        <translation>Tugas pukal</translation>
    </message>
    <message>
        <source>Requests of this app</source>
        <translation>Permintaan aplikasi ini</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>Sejarah tugas</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Log permintaan</translation>
    </message>
    <message>
        <source>Select a job to see its history.</source>
        <translation>Pilih tugas untuk melihat sejarahnya.</translation>
    </message>
    <message>
        <source>Loading the API log…</source>
        <translation>Memuatkan log API…</translation>
    </message>
    <message>
        <source>No jobs to show.</source>
        <translation>Tiada tugas untuk ditunjukkan.</translation>
    </message>
</context>
<context>
    <name>ra::Application</name>
    <message>
        <source>There is no connection profile named &quot;%1&quot;; using &quot;%2&quot;.</source>
        <translation>Tiada profil sambungan bernama &quot;%1&quot;; menggunakan &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>ra::AssignCommand</name>
    <message>
        <source>award %1 to %2</source>
        <translation>anugerahkan %1 kepada %2</translation>
    </message>
    <message>
        <source>remove %1 from %2</source>
        <translation>alih keluar %1 daripada %2</translation>
    </message>
    <message>
        <source>give %1 to %2</source>
        <translation>berikan %1 kepada %2</translation>
    </message>
    <message>
        <source>take %1 from %2</source>
        <translation>tarik balik %1 daripada %2</translation>
    </message>
    <message>
        <source>Usage: returning-admin assign --badge ID|NAME | --role ID|NAME [--remove]
                              [--server ID] --users FILE|- [options]

Gives (or with --remove takes away) one badge or role to every member of a
list, as one journaled job, and prints the report.

  --badge ID|NAME       The badge, by id or by its (unique) name.
  --role ID|NAME        The role, by id or by its (unique) name.
  --remove              Take the badge or role away instead.
  --server ID           The server (default: the community).
  --users FILE|-        Member ids, usernames or e-mails, one per line, or a CSV
                        file; - reads standard input.
  --column NAME|N       The CSV column to read (default: the one that looks
                        like e-mails, usernames or ids).
  --skip-bad            Send the good lines even when some are not members.
  --profile P           The saved connection profile to use.
  --base-url FAMILY=URL Base URL of an API family instead of a profile
                        (system, application, integration).
  --community ID        The community (default: the profile&apos;s).
  --system-key-file F   System key for the assignment calls (also
                        --system-key - or K); without it RA_SYSTEM_KEY is read.
  --key-file F          Integration key for looking usernames and e-mails up
                        (also --key - or K); without it RA_INTEGRATION_KEY.
  --max-in-flight N     Requests in flight at most (default %1; lowered by
                        itself while the server answers 429).
  --report FILE         Write the report as CSV.
  --journal-dir DIR     Where jobs are journaled (default: the app&apos;s).
  --restart             Forget an interrupted job of this list and start anew
                        (without it, a rerun resumes it and sends no one twice).
  --resume JOBID        Continue an unfinished job.
  --undo JOBID          Run the inverse of a finished job (what it did only).

Exit status: 0 every member done or already as asked, 1 some failed, not found
or not matched, 2 usage error or unreadable list, 3 key missing or refused,
4 unknown badge or role, 5 bad lines in the list.
</source>
        <translation>Penggunaan: returning-admin assign --badge ID|NAME | --role ID|NAME [--remove]
                                   [--server ID] --users FILE|- [pilihan]

Memberikan (atau dengan --remove, menarik balik) satu lencana atau peranan
kepada setiap ahli dalam senarai, sebagai satu tugas berjurnal, dan mencetak
laporannya.

  --badge ID|NAME       Lencana, mengikut ID atau namanya (yang unik).
  --role ID|NAME        Peranan, mengikut ID atau namanya (yang unik).
  --remove              Tarik balik lencana atau peranan itu.
  --server ID           Pelayan (lalai: komuniti).
  --users FILE|-        ID ahli, nama pengguna atau e-mel, satu setiap baris,
                        atau fail CSV; - membaca input standard.
  --column NAME|N       Lajur CSV yang dibaca (lalai: lajur yang kelihatan
                        seperti e-mel, nama pengguna atau ID).
  --skip-bad            Hantar baris yang baik walaupun ada yang bukan ahli.
  --profile P           Profil sambungan tersimpan yang digunakan.
  --base-url FAMILY=URL URL asas keluarga API sebagai ganti profil
                        (system, application, integration).
  --community ID        Komuniti (lalai: komuniti profil).
  --system-key-file F   Kunci sistem untuk panggilan penugasan (juga
                        --system-key - atau K); tanpanya RA_SYSTEM_KEY dibaca.
  --key-file F          Kunci integrasi untuk mencari nama pengguna dan e-mel
                        (juga --key - atau K); tanpanya RA_INTEGRATION_KEY.
  --max-in-flight N     Had permintaan yang sedang dihantar (lalai %1;
                        diturunkan sendiri semasa pelayan menjawab 429).
  --report FILE         Tulis laporan sebagai CSV.
  --journal-dir DIR     Lokasi jurnal tugas (lalai: lokasi aplikasi).
  --restart             Lupakan tugas terganggu bagi senarai ini dan mula semula
                        (tanpanya, larian semula menyambung tugas itu dan tidak
                        menghantar kepada sesiapa dua kali).
  --resume JOBID        Sambung semula tugas yang belum selesai.
  --undo JOBID          Jalankan songsangan tugas yang telah selesai (hanya
                        perkara yang dilakukannya).

Status keluar: 0 setiap ahli selesai atau sudah seperti yang diminta, 1 ada
yang gagal, tidak ditemui atau tidak sepadan, 2 ralat penggunaan atau senarai
tidak boleh dibaca, 3 kunci tiada atau ditolak, 4 lencana atau peranan tidak
diketahui, 5 baris rosak dalam senarai.
</translation>
    </message>
    <message>
        <source>--max-in-flight takes 1 to %1, not &quot;%2&quot;</source>
        <translation>--max-in-flight menerima 1 hingga %1, bukan &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown option %1 (see assign --help)</source>
        <translation>pilihan %1 tidak diketahui (lihat assign --help)</translation>
    </message>
    <message>
        <source>give one of --badge or --role</source>
        <translation>berikan salah satu daripada --badge atau --role</translation>
    </message>
    <message>
        <source>give the members with --users FILE (or - for standard input)</source>
        <translation>berikan ahli dengan --users FILE (atau - untuk input standard)</translation>
    </message>
    <message>
        <source>give --profile P (or --base-url system=URL)</source>
        <translation>berikan --profile P (atau --base-url system=URL)</translation>
    </message>
    <message>
        <source>assign: %1</source>
        <translation>assign: %1</translation>
    </message>
    <message>
        <source>profiles are not available here</source>
        <translation>profil tidak tersedia di sini</translation>
    </message>
    <message>
        <source>assign: cannot read standard input</source>
        <translation>assign: tidak dapat membaca input standard</translation>
    </message>
    <message>
        <source>assign: cannot read %1: %2</source>
        <translation>assign: tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>assign: %1: %2</source>
        <translation>assign: %1: %2</translation>
    </message>
    <message>
        <source>assign: no system key: give --system-key-file F or --system-key -, or set RA_SYSTEM_KEY. Nothing was sent.</source>
        <translation>assign: tiada kunci sistem: berikan --system-key-file F atau --system-key -, atau tetapkan RA_SYSTEM_KEY. Tiada apa-apa yang dihantar.</translation>
    </message>
    <message>
        <source>assign: the list has usernames or e-mails, which are looked up through the Application API: give --base-url application=URL. Nothing was sent.</source>
        <translation>assign: senarai mengandungi nama pengguna atau e-mel, yang dicari melalui API Aplikasi: berikan --base-url application=URL. Tiada apa-apa yang dihantar.</translation>
    </message>
    <message>
        <source>assign: the list has usernames or e-mails, which are looked up with the integration key: give --key-file F or --key -, or set RA_INTEGRATION_KEY. Nothing was sent.</source>
        <translation>assign: senarai mengandungi nama pengguna atau e-mel, yang dicari dengan kunci integrasi: berikan --key-file F atau --key -, atau tetapkan RA_INTEGRATION_KEY. Tiada apa-apa yang dihantar.</translation>
    </message>
    <message>
        <source>assign: no community: give --community ID</source>
        <translation>assign: tiada komuniti: berikan --community ID</translation>
    </message>
</context>
<context>
    <name>ra::AssignFlowDialog</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Finding %1 members of %2 for %3…</source>
        <translation>Mencari %1 ahli dalam %2 untuk %3…</translation>
    </message>
    <message>
        <source>no member has this id, username or e-mail</source>
        <translation>tiada ahli yang mempunyai ID, nama pengguna atau e-mel ini</translation>
    </message>
    <message>
        <source>matches members %1</source>
        <translation>sepadan dengan ahli %1</translation>
    </message>
    <message>
        <source>The job could not be started: %1</source>
        <translation>Tugas tidak dapat dimulakan: %1</translation>
    </message>
    <message>
        <source>Nothing failed, so there is nothing to retry.</source>
        <translation>Tiada yang gagal, jadi tiada apa-apa untuk dicuba semula.</translation>
    </message>
    <message>
        <source>This job changed nothing, so there is nothing to undo.</source>
        <translation>Tugas ini tidak mengubah apa-apa, jadi tiada apa-apa untuk dibuat asal.</translation>
    </message>
</context>
<context>
    <name>ra::AssignItemKind</name>
    <message>
        <source>Award badge &quot;%1&quot;</source>
        <translation>Anugerahkan lencana &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove badge &quot;%1&quot;</source>
        <translation>Alih keluar lencana &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Give role &quot;%1&quot;</source>
        <translation>Berikan peranan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Take away role &quot;%1&quot;</source>
        <translation>Tarik balik peranan &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ra::AssignJobView</name>
    <message>
        <source>The job&apos;s journal could not be written, so nothing more is sent: %1</source>
        <translation>Jurnal tugas tidak dapat ditulis, jadi tiada lagi yang dihantar: %1</translation>
    </message>
    <message>
        <source>%1 of %2 handled · done %3 · already %4 · not found %5 · failed %6</source>
        <translation>%1 daripada %2 dikendalikan · selesai %3 · sudah ada %4 · tidak ditemui %5 · gagal %6</translation>
    </message>
    <message>
        <source>%1/s · ETA %2 · %3 in flight</source>
        <translation>%1/s · anggaran siap %2 · %3 sedang dihantar</translation>
    </message>
    <message>
        <source>Export report CSV</source>
        <translation>Eksport CSV laporan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Laporan disimpan ke %1.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Laporan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Sambung semula</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Jeda</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Henti</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>&amp;Cuba semula yang gagal</translation>
    </message>
    <message>
        <source>&amp;Export report CSV…</source>
        <translation>&amp;Eksport CSV laporan…</translation>
    </message>
    <message>
        <source>&amp;Undo this change</source>
        <translation>&amp;Buat asal perubahan ini</translation>
    </message>
    <message>
        <source>Takes back what this job changed, as a job of its own with a report</source>
        <translation>Membatalkan perubahan yang dibuat oleh tugas ini, sebagai tugas tersendiri dengan laporannya</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Memulakan…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Menghantar…</translation>
    </message>
    <message>
        <source>Paused: nothing new is sent; requests on the wire finish.</source>
        <translation>Dijeda: tiada yang baharu dihantar; permintaan yang sedang dihantar akan diselesaikan.</translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests on the wire.</source>
        <translation>Menghentikan: menunggu permintaan yang sedang dihantar.</translation>
    </message>
    <message>
        <source>Stopped. The rest can be sent later: the app offers this job again at its next start.</source>
        <translation>Dihentikan. Selebihnya boleh dihantar kemudian: aplikasi akan menawarkan tugas ini semula apabila dimulakan lain kali.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Selesai.</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>selesai %1</translation>
    </message>
    <message>
        <source>already had it %1</source>
        <translation>sudah memilikinya %1</translation>
    </message>
    <message>
        <source>not found %1</source>
        <translation>tidak ditemui %1</translation>
    </message>
    <message>
        <source>not matched %1</source>
        <translation>tidak sepadan %1</translation>
    </message>
    <message>
        <source>matched more than one member %1</source>
        <translation>sepadan dengan lebih daripada satu ahli %1</translation>
    </message>
    <message>
        <source>bad lines %1</source>
        <translation>baris rosak %1</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>gagal %1</translation>
    </message>
    <message>
        <source>not sent %1</source>
        <translation>tidak dihantar %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>tiada sebab diberikan</translation>
    </message>
    <message>
        <source>Failures: %1</source>
        <translation>Kegagalan: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>took %1 · %2/s on average</source>
        <translation>mengambil masa %1 · purata %2/s</translation>
    </message>
</context>
<context>
    <name>ra::AssignOutcome</name>
    <message>
        <source>%1 is not a badge or role assignment</source>
        <translation>%1 bukan penugasan lencana atau peranan</translation>
    </message>
</context>
<context>
    <name>ra::AssignPanes</name>
    <message>
        <source>%1 now has %2 (%3).</source>
        <translation>%1 kini memiliki %2 (%3).</translation>
    </message>
    <message>
        <source>%1 no longer has %2 (%3).</source>
        <translation>%1 tidak lagi memiliki %2 (%3).</translation>
    </message>
    <message>
        <source>%1 already had %2 (%3).</source>
        <translation>%1 sudah memiliki %2 (%3).</translation>
    </message>
    <message>
        <source>%1 did not hold %2 (%3).</source>
        <translation>%1 tidak memiliki %2 (%3).</translation>
    </message>
    <message>
        <source>Could not change %1 for %2 (%3): %4</source>
        <translation>Tidak dapat mengubah %1 bagi %2 (%3): %4</translation>
    </message>
    <message>
        <source>Listing everyone the filter matches for %1…</source>
        <translation>Menyenaraikan semua yang sepadan dengan penapis untuk %1…</translation>
    </message>
    <message>
        <source>Listing everyone the filter matches: %1 of %2…</source>
        <translation>Menyenaraikan semua yang sepadan dengan penapis: %1 daripada %2…</translation>
    </message>
    <message>
        <source>Listing everyone the filter matches: %1…</source>
        <translation>Menyenaraikan semua yang sepadan dengan penapis: %1…</translation>
    </message>
    <message>
        <source>Could not list everyone the filter matches: %1</source>
        <translation>Tidak dapat menyenaraikan semua yang sepadan dengan penapis: %1</translation>
    </message>
    <message>
        <source>Interrupted Assignment</source>
        <translation>Penugasan Terganggu</translation>
    </message>
    <message>
        <source>Handled: %1 of %2 (done %3, already %4, not found %5, failed %6); %7 were on the wire and will be checked first. Resume sends to the rest, none twice. Forget stops here and you are not asked again.</source>
        <translation>Dikendalikan: %1 daripada %2 (selesai %3, sudah ada %4, tidak ditemui %5, gagal %6); %7 sedang dihantar dan akan disemak dahulu. Sambung Semula menghantar kepada selebihnya, tiada yang dihantar dua kali. Lupakan berhenti di sini dan anda tidak akan ditanya lagi.</translation>
    </message>
    <message>
        <source>The assignment cannot be resumed: %1</source>
        <translation>Penugasan tidak dapat disambung semula: %1</translation>
    </message>
    <message>
        <source>This change is no longer on the undo stack (Edit menu), so it cannot be undone from here.</source>
        <translation>Perubahan ini tiada lagi dalam tindanan buat asal (menu Edit), jadi ia tidak boleh dibuat asal dari sini.</translation>
    </message>
    <message>
        <source>Changes made after this one come first: undo them in the Users pane (Edit ▸ Undo, Ctrl+Z) before this one.</source>
        <translation>Perubahan yang dibuat selepas ini perlu didahulukan: buat asal perubahan itu dalam anak tetingkap Pengguna (Edit ▸ Buat Asal, Ctrl+Z) sebelum yang ini.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) was interrupted before every member was handled.</source>
        <translation>&quot;%1&quot; (%2) terganggu sebelum semua ahli dikendalikan.</translation>
    </message>
</context>
<context>
    <name>ra::AssignPreviewPage</name>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Given as</source>
        <translation>Diberikan sebagai</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>no member has this id, username or e-mail</source>
        <translation>tiada ahli yang mempunyai ID, nama pengguna atau e-mel ini</translation>
    </message>
    <message>
        <source>matches members %1</source>
        <translation>sepadan dengan ahli %1</translation>
    </message>
    <message>
        <source>Award %1 to %2 members of %3?</source>
        <translation>Anugerahkan %1 kepada %2 ahli %3?</translation>
    </message>
    <message>
        <source>Give %1 to %2 members of %3?</source>
        <translation>Berikan %1 kepada %2 ahli %3?</translation>
    </message>
    <message>
        <source>Award to %1</source>
        <translation>Anugerahkan kepada %1</translation>
    </message>
    <message>
        <source>Give to %1</source>
        <translation>Berikan kepada %1</translation>
    </message>
    <message>
        <source>Remove %1 from %2 members of %3?</source>
        <translation>Alih keluar %1 daripada %2 ahli %3?</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Alih keluar daripada %1</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>Will get it: %1</source>
        <translation>Akan menerimanya: %1</translation>
    </message>
    <message>
        <source>Will lose it: %1</source>
        <translation>Akan kehilangannya: %1</translation>
    </message>
    <message>
        <source>Already have it: %1 (known; not sent)</source>
        <translation>Sudah memilikinya: %1 (diketahui; tidak dihantar)</translation>
    </message>
    <message>
        <source>Do not hold it: %1 (known; not sent)</source>
        <translation>Tidak memilikinya: %1 (diketahui; tidak dihantar)</translation>
    </message>
    <message>
        <source>Already have it: not known before sending (the API lists no badges per member); the server&apos;s replies will tell, and the report counts them.</source>
        <translation>Sudah memilikinya: tidak diketahui sebelum dihantar (API tidak menyenaraikan lencana bagi setiap ahli); balasan pelayan akan menunjukkannya, dan laporan akan mengiranya.</translation>
    </message>
    <message>
        <source>Not matched: %1</source>
        <translation>Tidak sepadan: %1</translation>
    </message>
    <message>
        <source>Matched more than one member: %1 (not sent)</source>
        <translation>Sepadan dengan lebih daripada satu ahli: %1 (tidak dihantar)</translation>
    </message>
    <message>
        <source>Lines that are not an id, username or e-mail: %1 (not sent)</source>
        <translation>Baris yang bukan ID, nama pengguna atau e-mel: %1 (tidak dihantar)</translation>
    </message>
    <message>
        <source>Listed twice (sent once): %1</source>
        <translation>Disenaraikan dua kali (dihantar sekali): %1</translation>
    </message>
    <message>
        <source>Show not matched (%1)</source>
        <translation>Tunjukkan yang tidak sepadan (%1)</translation>
    </message>
    <message>
        <source>Show matched more than one (%1)</source>
        <translation>Tunjukkan yang sepadan dengan lebih daripada satu (%1)</translation>
    </message>
    <message>
        <source>Blank lines: %1 (skipped)</source>
        <translation>Baris kosong: %1 (dilangkau)</translation>
    </message>
    <message>
        <source>Repeated lines: %1 (sent once)</source>
        <translation>Baris berulang: %1 (dihantar sekali)</translation>
    </message>
    <message>
        <source>Show lines left out (%1)</source>
        <translation>Tunjukkan baris yang dikecualikan (%1)</translation>
    </message>
</context>
<context>
    <name>ra::AssignReportModel</name>
    <message>
        <source>not matched</source>
        <translation>tidak sepadan</translation>
    </message>
    <message>
        <source>matched more than one member</source>
        <translation>sepadan dengan lebih daripada satu ahli</translation>
    </message>
    <message>
        <source>not an id, username or e-mail</source>
        <translation>bukan ID, nama pengguna atau e-mel</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Given as</source>
        <translation>Diberikan sebagai</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>ID ahli</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Sebab pelayan</translation>
    </message>
</context>
<context>
    <name>ra::AssignRun</name>
    <message>
        <source>assign: %1</source>
        <translation>assign: %1</translation>
    </message>
    <message>
        <source>job %1 has not finished; resume it first (--resume %1)</source>
        <translation>tugas %1 belum selesai; sambung semula tugas itu dahulu (--resume %1)</translation>
    </message>
    <message>
        <source>job %1 changed nothing, so there is nothing to undo</source>
        <translation>tugas %1 tidak mengubah apa-apa, jadi tiada apa-apa untuk dibuat asal</translation>
    </message>
    <message>
        <source>Undoing job %1: %2</source>
        <translation>Membuat asal tugas %1: %2</translation>
    </message>
    <message>
        <source>Resuming job %1: %2 (%3 of %4 members handled; %5 in doubt, checked first)</source>
        <translation>Menyambung semula tugas %1: %2 (%3 daripada %4 ahli dikendalikan; %5 tidak pasti, disemak dahulu)</translation>
    </message>
    <message>
        <source>no role &quot;%1&quot; on server %2; its roles: %3</source>
        <translation>tiada peranan &quot;%1&quot; pada pelayan %2; peranannya: %3</translation>
    </message>
    <message>
        <source>no badge &quot;%1&quot; on server %2; its badges: %3</source>
        <translation>tiada lencana &quot;%1&quot; pada pelayan %2; lencananya: %3</translation>
    </message>
    <message>
        <source>%1 roles are named &quot;%2&quot;; give the id: %3</source>
        <translation>%1 peranan bernama &quot;%2&quot;; berikan ID: %3</translation>
    </message>
    <message>
        <source>%1 badges are named &quot;%2&quot;; give the id: %3</source>
        <translation>%1 lencana bernama &quot;%2&quot;; berikan ID: %3</translation>
    </message>
    <message>
        <source>the server refuses the system key (%1). Nothing was sent.</source>
        <translation>pelayan menolak kunci sistem (%1). Tiada apa-apa yang dihantar.</translation>
    </message>
    <message>
        <source>cannot list the server&apos;s badges and roles (%1). Nothing was sent.</source>
        <translation>tidak dapat menyenaraikan lencana dan peranan pelayan (%1). Tiada apa-apa yang dihantar.</translation>
    </message>
    <message>
        <source>Starting anew (--restart): the interrupted job %1 is forgotten; members it handled are sent again and answered &quot;already&quot;.</source>
        <translation>Bermula semula (--restart): tugas terganggu %1 dilupakan; ahli yang telah dikendalikannya dihantar semula dan dijawab &quot;sudah ada&quot;.</translation>
    </message>
    <message>
        <source>Resuming the interrupted job %1 for this list (%2 of %3 members handled, %4 in doubt and checked first); no member is handled twice.</source>
        <translation>Menyambung semula tugas terganggu %1 bagi senarai ini (%2 daripada %3 ahli dikendalikan, %4 tidak pasti dan disemak dahulu); tiada ahli dikendalikan dua kali.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list are not members; nothing was sent (fix them, or send the rest with --skip-bad)</source>
        <translation>
            <numerusform>%n baris dalam senarai bukan ahli; tiada apa-apa yang dihantar (betulkan baris itu, atau hantar selebihnya dengan --skip-bad)</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; not matched: %3</source>
        <translation>baris %1: &quot;%2&quot; tidak sepadan: %3</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; matched %3 members (%4); not sent</source>
        <translation>baris %1: &quot;%2&quot; sepadan dengan %3 ahli (%4); tidak dihantar</translation>
    </message>
    <message>
        <source>unknown until sent (the API lists no member&apos;s badges)</source>
        <translation>tidak diketahui sehingga dihantar (API tidak menyenaraikan lencana ahli)</translation>
    </message>
    <message>
        <source>%1: %2 member(s) to send, already as asked: %3, not matched: %4, matched more than one: %5</source>
        <translation>%1: %2 ahli untuk dihantar, sudah seperti diminta: %3, tidak sepadan: %4, sepadan dengan lebih daripada satu: %5</translation>
    </message>
    <message>
        <source>%1: %2 of %3 handled, %4/s, ETA %5 s, %6 in flight at most</source>
        <translation>%1: %2 daripada %3 dikendalikan, %4/s, anggaran siap %5 s, paling banyak %6 sedang dihantar</translation>
    </message>
    <message>
        <source>Job %1 (journal %2)</source>
        <translation>Tugas %1 (jurnal %2)</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; %3: %4</source>
        <translation>baris %1: &quot;%2&quot; %3: %4</translation>
    </message>
    <message>
        <source>%1 (job %2): %3</source>
        <translation>%1 (tugas %2): %3</translation>
    </message>
    <message>
        <source>assign: the job stopped before every member was handled; run the same command again (or --resume %1) to finish it</source>
        <translation>assign: tugas berhenti sebelum semua ahli dikendalikan; jalankan perintah yang sama sekali lagi (atau --resume %1) untuk menyelesaikannya</translation>
    </message>
</context>
<context>
    <name>ra::AssignScope</name>
    <message>
        <source>Community: %1</source>
        <translation>Komuniti: %1</translation>
    </message>
    <message>
        <source>Community: %1 · server: %2</source>
        <translation>Komuniti: %1 · pelayan: %2</translation>
    </message>
</context>
<context>
    <name>ra::AssignTarget</name>
    <message>
        <source>role &quot;%1&quot;</source>
        <translation>peranan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>badge &quot;%1&quot;</source>
        <translation>lencana &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ra::BadgeDialog</name>
    <message>
        <source>New Badge</source>
        <translation>Lencana Baharu</translation>
    </message>
    <message>
        <source>Edit Badge &quot;%1&quot;</source>
        <translation>Edit Lencana &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Badge image (light theme)</source>
        <translation>Imej lencana (tema cerah)</translation>
    </message>
    <message>
        <source>Badge image (dark theme)</source>
        <translation>Imej lencana (tema gelap)</translation>
    </message>
    <message>
        <source> coins</source>
        <translation> syiling</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Cipta</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Image for the light theme:</source>
        <translation>Imej untuk tema cerah:</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Imej:</translation>
    </message>
    <message>
        <source>Uploading &quot;%1&quot;…</source>
        <translation>Memuat naik &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Could not upload &quot;%1&quot;: %2</source>
        <translation>Tidak dapat memuat naik &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ra::BadgeTableModel</name>
    <message>
        <source>%1 XP</source>
        <translation>%1 XP</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>%1 coins</source>
        <translation>%1 syiling</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Diperlukan</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Tidak tersedia</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tiada</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Cerah</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kuantiti</translation>
    </message>
    <message>
        <source>Awards XP</source>
        <translation>Anugerah XP</translation>
    </message>
    <message>
        <source>Awards currency</source>
        <translation>Anugerah mata wang</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>The badge&apos;s quantity as the API gives it: a count, with no unit and no documented meaning.</source>
        <translation>Kuantiti lencana seperti yang diberikan oleh API: suatu bilangan, tanpa unit dan tanpa makna yang didokumenkan.</translation>
    </message>
</context>
<context>
    <name>ra::BadgesPane</name>
    <message>
        <source>Badges</source>
        <translation>Lencana</translation>
    </message>
    <message>
        <source>Search badges (Ctrl+F)</source>
        <translation>Cari lencana (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search badges</source>
        <translation>Cari lencana</translation>
    </message>
    <message>
        <source>New badge</source>
        <translation>Lencana baharu</translation>
    </message>
    <message>
        <source>Edit badge</source>
        <translation>Edit lencana</translation>
    </message>
    <message>
        <source>Delete badge</source>
        <translation>Padam lencana</translation>
    </message>
    <message>
        <source>Refresh badges</source>
        <translation>Segar semula lencana</translation>
    </message>
    <message>
        <source>Loading badges…</source>
        <translation>Memuatkan lencana…</translation>
    </message>
    <message>
        <source>The badges could not be loaded.</source>
        <translation>Lencana tidak dapat dimuatkan.</translation>
    </message>
    <message>
        <source>This community has no badges yet. Press Ctrl+N to create one.</source>
        <translation>Komuniti ini belum mempunyai lencana. Tekan Ctrl+N untuk menciptanya.</translation>
    </message>
    <message>
        <source>Could not load the badges: %1</source>
        <translation>Tidak dapat memuatkan lencana: %1</translation>
    </message>
    <message>
        <source>Could not refresh the badges: %1 The table shows the last loaded list.</source>
        <translation>Tidak dapat menyegar semula lencana: %1 Jadual menunjukkan senarai yang terakhir dimuatkan.</translation>
    </message>
    <message>
        <source>Create badge &quot;%1&quot;</source>
        <translation>Cipta lencana &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit badge &quot;%1&quot;</source>
        <translation>Edit lencana &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete Badge</source>
        <translation>Padam Lencana</translation>
    </message>
    <message>
        <source>Delete the badge &quot;%1&quot;?</source>
        <translation>Padam lencana &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Members who hold it lose it. Undo re-creates a badge with the same settings and image, but does not award it again.</source>
        <translation>Ahli yang memilikinya akan kehilangannya. Buat Asal akan mencipta semula lencana dengan tetapan dan imej yang sama, tetapi tidak menganugerahkannya semula.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>Delete badge &quot;%1&quot;</source>
        <translation>Padam lencana &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Badges of %1</source>
        <translation>Lencana %1</translation>
    </message>
</context>
<context>
    <name>ra::BulkAssignCommand</name>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n ahli)</numerusform>
        </translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Buat semula: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Buat asal: %1</translation>
    </message>
    <message>
        <source>The job for &quot;%1&quot; could not be started.</source>
        <translation>Tugas untuk &quot;%1&quot; tidak dapat dimulakan.</translation>
    </message>
    <message>
        <source>%1 of %2 members were not changed (failed %3, not found %4, not sent %5); the job&apos;s report says why.</source>
        <translation>%1 daripada %2 ahli tidak diubah (gagal %3, tidak ditemui %4, tidak dihantar %5); laporan tugas menyatakan sebabnya.</translation>
    </message>
</context>
<context>
    <name>ra::BulkItemState</name>
    <message>
        <source>pending</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>sedang dihantar</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>already as asked</source>
        <translation>sudah seperti diminta</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>tidak ditemui</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
</context>
<context>
    <name>ra::BulkJob</name>
    <message>
        <source>Job %1 belongs to %2 (community %3), not to the server connected now</source>
        <translation>Tugas %1 milik %2 (komuniti %3), bukan milik pelayan yang sedang disambungkan</translation>
    </message>
    <message>
        <source>applied before the interruption (checked with the server)</source>
        <translation>telah dilaksanakan sebelum gangguan (disemak dengan pelayan)</translation>
    </message>
    <message>
        <source>done (an earlier attempt whose reply was lost may have applied it): %1</source>
        <translation>selesai (cubaan terdahulu yang balasannya hilang mungkin telah melaksanakannya): %1</translation>
    </message>
    <message>
        <source>gave up after %1 attempts: %2</source>
        <translation>berhenti mencuba selepas %1 cubaan: %2</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <translation>Cuba semula: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Buat asal: %1</translation>
    </message>
</context>
<context>
    <name>ra::BulkJournal</name>
    <message>
        <source>item %1 does not exist</source>
        <translation>item %1 tidak wujud</translation>
    </message>
    <message>
        <source>a result names no item or no state</source>
        <translation>hasil tidak menamakan item atau keadaan</translation>
    </message>
    <message>
        <source>unknown record</source>
        <translation>rekod tidak diketahui</translation>
    </message>
    <message>
        <source>Cannot create the job journal %1: %2</source>
        <translation>Tidak dapat mencipta jurnal tugas %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the job journal %1: %2</source>
        <translation>Tidak dapat menulis jurnal tugas %1: %2</translation>
    </message>
    <message>
        <source>The job journal is not open</source>
        <translation>Jurnal tugas tidak dibuka</translation>
    </message>
    <message>
        <source>Cannot read the job journal %1: %2</source>
        <translation>Tidak dapat membaca jurnal tugas %1: %2</translation>
    </message>
    <message>
        <source>the header names no job id or kind</source>
        <translation>pengepala tidak menamakan ID atau jenis tugas</translation>
    </message>
    <message>
        <source>The job journal %1 cannot be read at line %2: %3</source>
        <translation>Jurnal tugas %1 tidak dapat dibaca pada baris %2: %3</translation>
    </message>
    <message>
        <source>The job journal %1 is empty</source>
        <translation>Jurnal tugas %1 kosong</translation>
    </message>
    <message>
        <source>The job journal %1 exists already</source>
        <translation>Jurnal tugas %1 sudah wujud</translation>
    </message>
</context>
<context>
    <name>ra::BulkKinds</name>
    <message>
        <source>Unknown kind of bulk job &quot;%1&quot;</source>
        <translation>Jenis tugas pukal &quot;%1&quot; tidak diketahui</translation>
    </message>
</context>
<context>
    <name>ra::BulkReport</name>
    <message>
        <source>Done %1 · already %2 · not found %3 · failed %4</source>
        <translation>Selesai %1 · sudah ada %2 · tidak ditemui %3 · gagal %4</translation>
    </message>
    <message>
        <source> · not sent %1</source>
        <translation> · tidak dihantar %1</translation>
    </message>
    <message>
        <source> · not matched or bad %1</source>
        <translation> · tidak sepadan atau rosak %1</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Tidak dapat menulis laporan: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>ra::BulkResumeOffer</name>
    <message>
        <source>Resume</source>
        <translation>Sambung Semula</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Lupakan</translation>
    </message>
</context>
<context>
    <name>ra::CellProblem</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 diperlukan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; bukan alamat e-mel.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most 50 are allowed.</source>
        <translation>%1 mempunyai %2 aksara; maksimum 50 aksara dibenarkan.</translation>
    </message>
    <message>
        <source>Username &quot;%1&quot; already appears in row %2.</source>
        <translation>Nama pengguna &quot;%1&quot; sudah terdapat dalam baris %2.</translation>
    </message>
    <message>
        <source>Username &quot;%1&quot; already appears earlier in the file.</source>
        <translation>Nama pengguna &quot;%1&quot; sudah terdapat lebih awal dalam fail.</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; already appears in row %2.</source>
        <translation>E-mel &quot;%1&quot; sudah terdapat dalam baris %2.</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; already appears earlier in the file.</source>
        <translation>E-mel &quot;%1&quot; sudah terdapat lebih awal dalam fail.</translation>
    </message>
    <message>
        <source>Role name(s) &quot;%1&quot; not found on the server (names are case-sensitive).</source>
        <translation>Nama peranan &quot;%1&quot; tidak ditemui pada pelayan (nama peka huruf besar/kecil).</translation>
    </message>
    <message>
        <source>Tag name(s) &quot;%1&quot; not found on the server (names are case-sensitive).</source>
        <translation>Nama tag &quot;%1&quot; tidak ditemui pada pelayan (nama peka huruf besar/kecil).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operation: use add, subtract or overwrite.</source>
        <translation>&quot;%1&quot; bukan operasi: gunakan add, subtract atau overwrite.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; bukan nombor bulat.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header has %2.</source>
        <translation>Baris ini mempunyai %1 sel tetapi pengepala mempunyai %2.</translation>
    </message>
    <message>
        <source>The cell is not valid UTF-8: choose the file&apos;s encoding.</source>
        <translation>Sel ini bukan UTF-8 yang sah: pilih pengekodan fail.</translation>
    </message>
    <message>
        <source>Text follows the closing quote of this cell.</source>
        <translation>Terdapat teks selepas tanda petik penutup sel ini.</translation>
    </message>
    <message>
        <source>Username &quot;%1&quot; appears again in row %2.</source>
        <translation>Nama pengguna &quot;%1&quot; muncul lagi dalam baris %2.</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; appears again in row %2.</source>
        <translation>E-mel &quot;%1&quot; muncul lagi dalam baris %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number for the custom field %2.</source>
        <translation>&quot;%1&quot; bukan nombor bagi medan tersuai %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD) for the custom field %2.</source>
        <translation>&quot;%1&quot; bukan tarikh (YYYY-MM-DD) bagi medan tersuai %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (true, false, yes, no, 1 or 0) for the custom field %2.</source>
        <translation>&quot;%1&quot; bukan ya atau tidak (true, false, yes, no, 1 atau 0) bagi medan tersuai %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of the custom field %2.</source>
        <translation>&quot;%1&quot; bukan salah satu pilihan medan tersuai %2.</translation>
    </message>
    <message>
        <source>The custom field %1 takes one line of at most %2 characters.</source>
        <translation>Medan tersuai %1 menerima satu baris yang tidak melebihi %2 aksara.</translation>
    </message>
    <message>
        <source>The custom field %1 takes at most %2 characters.</source>
        <translation>Medan tersuai %1 menerima maksimum %2 aksara.</translation>
    </message>
</context>
<context>
    <name>ra::ChannelDialog</name>
    <message>
        <source>New Channel</source>
        <translation>Saluran Baharu</translation>
    </message>
    <message>
        <source>Edit Channel &quot;%1&quot;</source>
        <translation>Edit Saluran &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Cipta</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>ra::ChannelTableModel</name>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Peribadi</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dicipta</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Dikemas kini</translation>
    </message>
</context>
<context>
    <name>ra::ChannelsPane</name>
    <message>
        <source>Channels</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Search channels (Ctrl+F)</source>
        <translation>Cari saluran (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search channels</source>
        <translation>Cari saluran</translation>
    </message>
    <message>
        <source>System API list</source>
        <translation>Senarai API Sistem</translation>
    </message>
    <message>
        <source>Integration API list</source>
        <translation>Senarai API Integrasi</translation>
    </message>
    <message>
        <source>Channel list source</source>
        <translation>Sumber senarai saluran</translation>
    </message>
    <message>
        <source>Which API lists the channels: the System &quot;get channels list&quot; or the Integration &quot;Get Channels List&quot;.</source>
        <translation>API yang menyenaraikan saluran: &quot;get channels list&quot; API Sistem atau &quot;Get Channels List&quot; API Integrasi.</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Saluran baharu</translation>
    </message>
    <message>
        <source>Edit channel</source>
        <translation>Edit saluran</translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation>Padam saluran</translation>
    </message>
    <message>
        <source>Refresh channels</source>
        <translation>Segar semula saluran</translation>
    </message>
    <message>
        <source>Delete Channel</source>
        <translation>Padam Saluran</translation>
    </message>
    <message>
        <source>Loading channels…</source>
        <translation>Memuatkan saluran…</translation>
    </message>
    <message>
        <source>The channels could not be loaded.</source>
        <translation>Saluran tidak dapat dimuatkan.</translation>
    </message>
    <message>
        <source>This server has no channels yet. Press Ctrl+N to create one.</source>
        <translation>Pelayan ini belum mempunyai saluran. Tekan Ctrl+N untuk menciptanya.</translation>
    </message>
    <message>
        <source>Could not refresh the channels: %1 The table shows the last loaded list.</source>
        <translation>Tidak dapat menyegar semula saluran: %1 Jadual menunjukkan senarai yang terakhir dimuatkan.</translation>
    </message>
    <message>
        <source>Could not load the channels: %1</source>
        <translation>Tidak dapat memuatkan saluran: %1</translation>
    </message>
    <message>
        <source>Delete the channel &quot;%1&quot;?</source>
        <translation>Padam saluran &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Its messages and the members&apos; access to it go with it. Undo re-creates a channel with the same topic and type, but not its messages.</source>
        <translation>Mesejnya dan akses ahli kepadanya turut hilang. Buat Asal akan mencipta semula saluran dengan topik dan jenis yang sama, tetapi bukan mesejnya.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>Create channel &quot;%1&quot;</source>
        <translation>Cipta saluran &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit channel &quot;%1&quot;</source>
        <translation>Edit saluran &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete channel &quot;%1&quot;</source>
        <translation>Padam saluran &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Channels of %1</source>
        <translation>Saluran %1</translation>
    </message>
</context>
<context>
    <name>ra::ChartExport</name>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Simpan Carta sebagai &amp;PNG…</translation>
    </message>
    <message>
        <source>Save Chart as P&amp;DF…</source>
        <translation>Simpan Carta sebagai PD&amp;F…</translation>
    </message>
    <message>
        <source>Export Chart &amp;Data as CSV…</source>
        <translation>Eksport &amp;Data Carta sebagai CSV…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Eksport carta</translation>
    </message>
    <message>
        <source>There is no chart data to export.</source>
        <translation>Tiada data carta untuk dieksport.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imej PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Eksport %1</translation>
    </message>
    <message>
        <source>Could not write the PDF %1.</source>
        <translation>Tidak dapat menulis PDF %1.</translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation>Tidak dapat menulis imej %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>ra::ClientBinder</name>
    <message>
        <source>the keys of profile &quot;%1&quot; cannot be read. %2</source>
        <translation>kunci profil &quot;%1&quot; tidak dapat dibaca. %2</translation>
    </message>
</context>
<context>
    <name>ra::ColumnChooser</name>
    <message>
        <source>Show All Columns</source>
        <translation>Tunjukkan Semua Lajur</translation>
    </message>
</context>
<context>
    <name>ra::ColumnMapping</name>
    <message>
        <source>Map an Email or a Username column: updates find users by them.</source>
        <translation>Petakan lajur Email atau Username: kemas kini mencari pengguna melalui lajur tersebut.</translation>
    </message>
    <message numerus="yes">
        <source>Map the required column(s): %1.</source>
        <translation>
            <numerusform>Petakan lajur yang diperlukan: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::CommandCatalog</name>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Pane</source>
        <translation>Anak tetingkap</translation>
    </message>
</context>
<context>
    <name>ra::CommandPalette</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Tiada yang sepadan.</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s). Enter runs, Esc closes.</source>
        <translation>
            <numerusform>%n perintah. Enter menjalankan, Esc menutup.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a command, pane, saved filter or member…</source>
        <translation>Taip perintah, anak tetingkap, penapis tersimpan atau ahli…</translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation>Cari perintah</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Perintah yang sepadan</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Palet perintah</translation>
    </message>
</context>
<context>
    <name>ra::CommandPaletteController</name>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>Palet Pe&amp;rintah…</translation>
    </message>
    <message>
        <source>Find any command, pane, saved filter or recent member by name</source>
        <translation>Cari sebarang perintah, anak tetingkap, penapis tersimpan atau ahli terkini mengikut nama</translation>
    </message>
</context>
<context>
    <name>ra::CommunityOverview</name>
    <message>
        <source>the members</source>
        <translation>ahli</translation>
    </message>
    <message>
        <source>the members who joined in the week of %1</source>
        <translation>ahli yang menyertai pada minggu %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 atau lebih</translation>
    </message>
    <message>
        <source>the members with at least %1 XP</source>
        <translation>ahli dengan sekurang-kurangnya %1 XP</translation>
    </message>
    <message>
        <source>the members with at least %1 coins</source>
        <translation>ahli dengan sekurang-kurangnya %1 syiling</translation>
    </message>
    <message>
        <source>the members with %1 XP</source>
        <translation>ahli dengan %1 XP</translation>
    </message>
    <message>
        <source>Could not count %1: %2</source>
        <translation>Tidak dapat mengira %1: %2</translation>
    </message>
</context>
<context>
    <name>ra::CommunityUserTableModel</name>
    <message>
        <source>Online</source>
        <translation>Dalam talian</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Luar talian</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nama paparan</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nama pertama</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nama akhir</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Log masuk terakhir</translation>
    </message>
</context>
<context>
    <name>ra::CommunityUsersView</name>
    <message>
        <source>Could not read the member again: %1</source>
        <translation>Tidak dapat membaca semula ahli: %1</translation>
    </message>
    <message>
        <source>Search members by username, e-mail or display name</source>
        <translation>Cari ahli mengikut nama pengguna, e-mel atau nama paparan</translation>
    </message>
    <message>
        <source>Search community members</source>
        <translation>Cari ahli komuniti</translation>
    </message>
    <message>
        <source>Community members</source>
        <translation>Ahli komuniti</translation>
    </message>
    <message>
        <source>Community members status</source>
        <translation>Status ahli komuniti</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Cuba Semula</translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation>%1 daripada %2 ahli</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n ahli</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>memuatkan…</translation>
    </message>
    <message>
        <source>Could not load the community members: %1</source>
        <translation>Tidak dapat memuatkan ahli komuniti: %1</translation>
    </message>
    <message>
        <source>The same members as the Members tab, as the Application API lists them: ID here is the member&apos;s 24-character ObjectId, while the Members tab shows the numeric user id of the Integration API. Both name the same person; search here by username or e-mail to find a member from the other tab.</source>
        <translation>Ahli yang sama seperti dalam tab Ahli, seperti yang disenaraikan oleh API Aplikasi: ID di sini ialah ObjectId 24 aksara milik ahli, manakala tab Ahli menunjukkan ID pengguna berangka daripada API Integrasi. Kedua-duanya merujuk kepada orang yang sama; cari di sini mengikut nama pengguna atau e-mel untuk mencari ahli dari tab yang satu lagi.</translation>
    </message>
</context>
<context>
    <name>ra::ConnectionsPane</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Discard the new profile?</source>
        <translation>Buang profil baharu?</translation>
    </message>
    <message>
        <source>Discard your changes to “%1”?</source>
        <translation>Buang perubahan anda pada “%1”?</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Padam profil</translation>
    </message>
    <message>
        <source>Delete the connection profile “%1”?</source>
        <translation>Padam profil sambungan “%1”?</translation>
    </message>
    <message>
        <source>Its API keys are removed from the system keychain. This cannot be undone.</source>
        <translation>Kunci API profil ini akan dialih keluar daripada rantai kunci sistem. Tindakan ini tidak boleh dibuat asal.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Profil baharu</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Belum disimpan</translation>
    </message>
    <message>
        <source>Built-in, read-only</source>
        <translation>Terbina dalam, baca sahaja</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Profil aktif</translation>
    </message>
    <message>
        <source>Filter profiles</source>
        <translation>Tapis profil</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profil sambungan</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Baharu</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Pendua</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Pendua profil</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Pa&amp;dam…</translation>
    </message>
    <message>
        <source>&amp;Make active</source>
        <translation>&amp;Jadikan aktif</translation>
    </message>
    <message>
        <source>Make this profile active</source>
        <translation>Jadikan profil ini aktif</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Kembalikan perubahan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nama profil</translation>
    </message>
    <message>
        <source>Profile details</source>
        <translation>Butiran profil</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>Tetapan profil</translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>&amp;Akaun…</translation>
    </message>
    <message>
        <source>Register, verify or log in to an account on the active profile; the login&apos;s session token manages members&apos; API keys</source>
        <translation>Daftar, sahkan atau log masuk ke akaun pada profil aktif; token sesi log masuk itu mengurus kunci API ahli</translation>
    </message>
</context>
<context>
    <name>ra::CountChart</name>
    <message>
        <source>Export %1</source>
        <translation>Eksport %1</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Carta: %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Ahli</translation>
    </message>
    <message>
        <source>Point at a bar to see its count.</source>
        <translation>Tuding pada bar untuk melihat kiraannya.</translation>
    </message>
    <message>
        <source>%1: not counted yet</source>
        <translation>%1: belum dikira</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: %n ahli</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chart data to export.</source>
        <translation>Tiada data carta untuk dieksport.</translation>
    </message>
</context>
<context>
    <name>ra::CountSeriesModel</name>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hingga</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Ahli</translation>
    </message>
</context>
<context>
    <name>ra::CreateUserDialog</name>
    <message>
        <source>Create</source>
        <translation>Cipta</translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation>Tambah medan tersuai</translation>
    </message>
    <message>
        <source>Remove custom field</source>
        <translation>Alih keluar medan tersuai</translation>
    </message>
    <message>
        <source>Fill in first and last name, username, display name and e-mail.</source>
        <translation>Isikan nama pertama dan akhir, nama pengguna, nama paparan dan e-mel.</translation>
    </message>
    <message>
        <source>The user was not created: %1</source>
        <translation>Pengguna tidak dicipta: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This community&apos;s fields:
%1</source>
        <translation>Medan komuniti ini:
%1</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Medan tersuai</translation>
    </message>
</context>
<context>
    <name>ra::CsvCheckCommand</name>
    <message>
        <source>unknown encoding %1</source>
        <translation>pengekodan %1 tidak diketahui</translation>
    </message>
    <message>
        <source>--delimiter is one of , ; | tab</source>
        <translation>--delimiter ialah salah satu daripada , ; | tab</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>pilihan %1 tidak diketahui</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argumen %1 tidak dijangka</translation>
    </message>
    <message>
        <source>name the CSV file to check</source>
        <translation>namakan fail CSV yang hendak disemak</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): %4
</source>
        <translation>Baris %1, lajur %2 (%3): %4
</translation>
    </message>
    <message>
        <source>Row %1: %2
</source>
        <translation>Baris %1: %2
</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read as CSV: %2
</source>
        <translation>%1: tidak dapat dibaca sebagai CSV: %2
</translation>
    </message>
    <message>
        <source>%1: data rows: %2, rows with problems: %3, problems: %4. Encoding %5, delimiter %6.
</source>
        <translation>%1: baris data: %2, baris bermasalah: %3, masalah: %4. Pengekodan %5, pembatas %6.
</translation>
    </message>
    <message>
        <source>Role and Tag names were not checked (give --profile to check roles).
</source>
        <translation>Nama peranan dan tag tidak disemak (berikan --profile untuk menyemak peranan).
</translation>
    </message>
    <message>
        <source>csv-check: %1 (see csv-check --help)
</source>
        <translation>csv-check: %1 (lihat csv-check --help)
</translation>
    </message>
    <message>
        <source>csv-check: profiles are not available here
</source>
        <translation>csv-check: profil tidak tersedia di sini
</translation>
    </message>
    <message>
        <source>csv-check: %1
</source>
        <translation>csv-check: %1
</translation>
    </message>
    <message>
        <source>csv-check: cannot read the server&apos;s roles: %1
</source>
        <translation>csv-check: tidak dapat membaca peranan pelayan: %1
</translation>
    </message>
    <message>
        <source>Usage: returning-admin csv-check FILE [options]

Reads and validates a bulk import (or update) CSV without sending it.
Exit 0 when clean, 1 when problems were found, 2 when the file cannot be
read as CSV: not a text file (NUL or control bytes in its first %3 KiB),
a quoted cell never closed, or a row over the limits of %L1 bytes or
%L2 cells.

Options:
  --update           Check against the Bulk Update template.
  --json             Print the report as one JSON object.
  --print-rows       Print the rows as read (JSON array of arrays, header
                     first) on stdout; the report goes to stderr.
  --encoding E       utf-8, utf-16le, utf-16be, windows-1252 or latin1
                     (default: detected).
  --delimiter D      , ; | or tab (default: sniffed).
  --profile P        Check Role names against the server of profile P.
  --key-file F       Read the System key from the first line of F
                     (default: RA_SYSTEM_KEY); --key - reads it from
                     standard input, --key K takes it as is (visible to
                     other users of the machine).
  --community ID     The community (default: the profile&apos;s).
</source>
        <translation>Penggunaan: returning-admin csv-check FILE [pilihan]

Membaca dan mengesahkan CSV import pukal (atau kemas kini pukal) tanpa
menghantarnya. Keluar dengan 0 jika bersih, 1 jika masalah ditemui, 2 jika
fail tidak dapat dibaca sebagai CSV: bukan fail teks (bait NUL atau bait
kawalan dalam %3 KiB pertamanya), sel berpetik yang tidak pernah ditutup,
atau baris yang melebihi had %L1 bait atau %L2 sel.

Pilihan:
  --update           Semak berdasarkan templat Bulk Update.
  --json             Cetak laporan sebagai satu objek JSON.
  --print-rows       Cetak baris seperti yang dibaca (tatasusunan JSON bagi
                     tatasusunan, pengepala dahulu) pada stdout; laporan
                     dihantar ke stderr.
  --encoding E       utf-8, utf-16le, utf-16be, windows-1252 atau latin1
                     (lalai: dikesan).
  --delimiter D      , ; | atau tab (lalai: dikenal pasti secara automatik).
  --profile P        Semak nama peranan berdasarkan pelayan profil P.
  --key-file F       Baca kunci Sistem daripada baris pertama F
                     (lalai: RA_SYSTEM_KEY); --key - membacanya daripada
                     input standard, --key K menerimanya seadanya (kelihatan
                     kepada pengguna lain mesin ini).
  --community ID     Komuniti (lalai: komuniti profil).
</translation>
    </message>
    <message>
        <source>--key, --key-file and --community need --profile</source>
        <translation>--key, --key-file dan --community memerlukan --profile</translation>
    </message>
</context>
<context>
    <name>ra::CsvColumnDialog</name>
    <message>
        <source>Give %1 to the members in %2</source>
        <translation>Berikan %1 kepada ahli dalam %2</translation>
    </message>
    <message>
        <source>Which column holds the members (usernames, e-mails or ids)? Nothing is sent before you see what will happen.</source>
        <translation>Lajur manakah yang mengandungi ahli (nama pengguna, e-mel atau ID)? Tiada apa-apa yang dihantar sebelum anda melihat perkara yang akan berlaku.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ahli</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Lajur:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Teruskan</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: that is not a member list.</source>
        <translation>%1 lebih besar daripada %2 MB: itu bukan senarai ahli.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Membaca fail…</translation>
    </message>
    <message>
        <source>%1 members in this column.</source>
        <translation>%1 ahli dalam lajur ini.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be used and will not be sent: %1</source>
        <translation>
            <numerusform>%n baris tidak boleh digunakan dan tidak akan dihantar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a column&apos;s header to take its members</source>
        <translation>Klik pengepala lajur untuk mengambil ahlinya</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Lajur %1</translation>
    </message>
    <message>
        <source>The members are taken from this column</source>
        <translation>Ahli diambil daripada lajur ini</translation>
    </message>
</context>
<context>
    <name>ra::CsvDialect</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (little endian)</source>
        <translation>UTF-16 (endian kecil)</translation>
    </message>
    <message>
        <source>UTF-16 (big endian)</source>
        <translation>UTF-16 (endian besar)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Barat)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Koma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Koma bertitik (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Paip (|)</translation>
    </message>
    <message>
        <source>Character %1</source>
        <translation>Aksara %1</translation>
    </message>
</context>
<context>
    <name>ra::CsvError</name>
    <message>
        <source>a quoted field is never closed (it runs to the end of the file)</source>
        <translation>medan berpetik tidak pernah ditutup (ia berterusan hingga akhir fail)</translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted field</source>
        <translation>teks selepas tanda petik penutup medan berpetik</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>baris ini mempunyai %1 medan tetapi pengepala mempunyai %2</translation>
    </message>
    <message>
        <source>the bytes are not valid UTF-8 (choose another encoding?)</source>
        <translation>bait ini bukan UTF-8 yang sah (pilih pengekodan lain?)</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>fail tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>fail tiada baris pengepala</translation>
    </message>
    <message>
        <source>Row %1, column %2 (line %3): %4</source>
        <translation>Baris %1, lajur %2 (baris fail %3): %4</translation>
    </message>
    <message>
        <source>Row %1 (line %2): %3</source>
        <translation>Baris %1 (baris fail %2): %3</translation>
    </message>
    <message>
        <source>the row is longer than %L1 bytes, the limit of one row; the quoted cell in this column is not closed within that (is a closing quote missing?)</source>
        <translation>baris ini lebih panjang daripada %L1 bait, iaitu had bagi satu baris; sel berpetik dalam lajur ini tidak ditutup dalam had itu (adakah tanda petik penutup tertinggal?)</translation>
    </message>
    <message>
        <source>the row is longer than %L1 bytes, the limit of one row</source>
        <translation>baris ini lebih panjang daripada %L1 bait, iaitu had bagi satu baris</translation>
    </message>
    <message>
        <source>the row has more than %L1 cells, the limit of one row</source>
        <translation>baris ini mempunyai lebih daripada %L1 sel, iaitu had bagi satu baris</translation>
    </message>
    <message>
        <source>the file is not a text file (it contains NUL or control bytes; an image, a workbook or an archive?). Save it as CSV and choose that file.</source>
        <translation>fail ini bukan fail teks (ia mengandungi bait NUL atau bait kawalan; mungkin imej, buku kerja atau arkib?). Simpan fail itu sebagai CSV dan pilih fail tersebut.</translation>
    </message>
</context>
<context>
    <name>ra::CsvExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled.</source>
        <translation>Eksport ke %1 telah dibatalkan.</translation>
    </message>
    <message>
        <source>The table changed while exporting to %1; nothing was written.</source>
        <translation>Jadual berubah semasa mengeksport ke %1; tiada apa-apa yang ditulis.</translation>
    </message>
</context>
<context>
    <name>ra::CsvPreviewModel</name>
    <message>
        <source>%1 (ignored)</source>
        <translation>%1 (diabaikan)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not imported.</source>
        <translation>Lajur &quot;%1&quot; tidak diimport.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; feeds the template column &quot;%2&quot;.</source>
        <translation>Lajur &quot;%1&quot; mengisi lajur templat &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Skipped: this row is not sent.</source>
        <translation>Dilangkau: baris ini tidak dihantar.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Why the row cannot be sent as it is, or that you skipped it.</source>
        <translation>Sebab baris tidak boleh dihantar seadanya, atau bahawa anda telah melangkaunya.</translation>
    </message>
</context>
<context>
    <name>ra::CustomFieldsView</name>
    <message>
        <source>not defined</source>
        <translation>tidak ditakrifkan</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(tiada nilai)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Medan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Medan tersuai</translation>
    </message>
    <message>
        <source>The member&apos;s custom fields, typed by the community&apos;s field definitions.</source>
        <translation>Medan tersuai ahli, dengan jenis mengikut takrifan medan komuniti.</translation>
    </message>
</context>
<context>
    <name>ra::DetailTable</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Cuba Semula</translation>
    </message>
    <message>
        <source>Select a server to see its list.</source>
        <translation>Pilih pelayan untuk melihat senarainya.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>Senarai tidak dapat dimuatkan.</translation>
    </message>
</context>
<context>
    <name>ra::DiscardGuard</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Buang perubahan anda?</translation>
    </message>
    <message>
        <source>The changes have not been saved.</source>
        <translation>Perubahan belum disimpan.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Terus mengedit</translation>
    </message>
</context>
<context>
    <name>ra::DurationText</name>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n saat</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 min</translation>
    </message>
</context>
<context>
    <name>ra::EmbeddedSandbox</name>
    <message>
        <source>Cannot create the folder %1 for the local sandbox&apos;s data.</source>
        <translation>Tidak dapat mencipta folder %1 untuk data kotak pasir setempat.</translation>
    </message>
    <message>
        <source>Cannot lock %1 for the local sandbox&apos;s data.</source>
        <translation>Tidak dapat mengunci %1 untuk data kotak pasir setempat.</translation>
    </message>
    <message>
        <source>Cannot delete %1 to start a new demo community.</source>
        <translation>Tidak dapat memadam %1 untuk memulakan komuniti demo baharu.</translation>
    </message>
</context>
<context>
    <name>ra::EntityPane</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Baharu…</translation>
    </message>
    <message>
        <source>%1 (Ctrl+N)</source>
        <translation>%1 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>%1 (F2 or Enter)</source>
        <translation>%1 (F2 atau Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Padam</translation>
    </message>
    <message>
        <source>%1 (Delete)</source>
        <translation>%1 (Delete)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Segar Semula</translation>
    </message>
    <message>
        <source>%1 (F5)</source>
        <translation>%1 (F5)</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Cuba Semula</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
    </message>
    <message>
        <source>Could not undo &quot;%1&quot;: %2</source>
        <translation>Tidak dapat membuat asal &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not do &quot;%1&quot;: %2</source>
        <translation>Tidak dapat melakukan &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The step stays in the undo history; Undo tries again.</source>
        <translation>Langkah ini kekal dalam sejarah buat asal; Buat Asal akan mencuba semula.</translation>
    </message>
    <message>
        <source>Nothing was changed; Redo tries again.</source>
        <translation>Tiada apa-apa yang diubah; Buat Semula akan mencuba semula.</translation>
    </message>
    <message>
        <source>Editing in place: Enter saves, Esc cancels</source>
        <translation>Mengedit di tempat: Enter menyimpan, Esc membatalkan</translation>
    </message>
    <message>
        <source>Edit in place (F2)</source>
        <translation>Edit di tempat (F2)</translation>
    </message>
    <message>
        <source>Change on production</source>
        <translation>Perubahan pada pengeluaran</translation>
    </message>
    <message>
        <source>The active profile is marked production: the change is sent to the live community at once. Undo sends the old value back.</source>
        <translation>Profil aktif ditandakan sebagai pengeluaran: perubahan dihantar kepada komuniti sebenar serta-merta. Buat Asal menghantar semula nilai lama.</translation>
    </message>
    <message>
        <source>Send change</source>
        <translation>Hantar perubahan</translation>
    </message>
    <message>
        <source>Waiting for the connection…</source>
        <translation>Menunggu sambungan…</translation>
    </message>
    <message>
        <source>%1 (Enter or Shift+F2)</source>
        <translation>%1 (Enter atau Shift+F2)</translation>
    </message>
</context>
<context>
    <name>ra::FailedRowsModel</name>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>Baris dalam fail</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>Data dihantar</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ralat</translation>
    </message>
</context>
<context>
    <name>ra::FieldHistoryAction</name>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Sejarah</translation>
    </message>
    <message>
        <source>Show how this field of the member changed over time</source>
        <translation>Tunjukkan cara medan ahli ini berubah dari semasa ke semasa</translation>
    </message>
</context>
<context>
    <name>ra::FieldHistoryChart</name>
    <message>
        <source>There is no chart data to export.</source>
        <translation>Tiada data carta untuk dieksport.</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Tetap Semula Zum</translation>
    </message>
    <message>
        <source>Show the whole range (Ctrl+0, or double-click the chart)</source>
        <translation>Tunjukkan julat penuh (Ctrl+0, atau dwiklik carta)</translation>
    </message>
    <message>
        <source>Wheel: zoom the time axis. Drag: move. Double-click: reset.</source>
        <translation>Roda: zum paksi masa. Seret: alihkan. Dwiklik: tetap semula.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Sejarah tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Point at a change to see its value.</source>
        <translation>Tuding pada perubahan untuk melihat nilainya.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 bagi %2</translation>
    </message>
    <message>
        <source>Field history</source>
        <translation>Sejarah medan</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Carta: %1</translation>
    </message>
    <message>
        <source>Choose a member and a number or date field to chart.</source>
        <translation>Pilih ahli dan medan nombor atau tarikh untuk dicartakan.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
    </message>
    <message>
        <source>No history for this member and field.</source>
        <translation>Tiada sejarah bagi ahli dan medan ini.</translation>
    </message>
    <message>
        <source>Only number and date fields are charted.</source>
        <translation>Hanya medan nombor dan tarikh yang dicartakan.</translation>
    </message>
    <message>
        <source>Showing the first %L1 changes.</source>
        <translation>Menunjukkan %L1 perubahan pertama.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ra::FieldHistoryModel</name>
    <message>
        <source>Member created</source>
        <translation>Ahli dicipta</translation>
    </message>
    <message>
        <source>Bulk update</source>
        <translation>Kemas kini pukal</translation>
    </message>
    <message>
        <source>Bulk import</source>
        <translation>Import pukal</translation>
    </message>
    <message>
        <source>Entry added</source>
        <translation>Entri ditambah</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Data demo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ahli</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Medan</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Nilai lama</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nilai baharu</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Diubah oleh</translation>
    </message>
</context>
<context>
    <name>ra::FieldHistoryPane</name>
    <message>
        <source>Field History</source>
        <translation>Sejarah Medan</translation>
    </message>
    <message>
        <source>The fields could not be read: %1</source>
        <translation>Medan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Sejarah tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 disimpan.</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Medan:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Ahli:</translation>
    </message>
    <message>
        <source>Any member (id, e-mail or username)</source>
        <translation>Sebarang ahli (ID, e-mel atau nama pengguna)</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hingga</translation>
    </message>
    <message>
        <source>&amp;Add Entry…</source>
        <translation>&amp;Tambah Entri…</translation>
    </message>
    <message>
        <source>Record a value of a member&apos;s field</source>
        <translation>Rekodkan nilai medan ahli</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Carta</translation>
    </message>
    <message>
        <source>Field history</source>
        <translation>Sejarah medan</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Semua medan</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s), %L1 shown</source>
        <translation>
            <numerusform>%Ln perubahan, %L1 ditunjukkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) shown</source>
        <translation>
            <numerusform>%Ln perubahan ditunjukkan</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart this member&apos;s field over time</source>
        <translation>Cartakan medan ahli ini dari semasa ke semasa</translation>
    </message>
    <message>
        <source>Choose a member and a number or date field to chart</source>
        <translation>Pilih ahli dan medan nombor atau tarikh untuk dicartakan</translation>
    </message>
    <message>
        <source>Recorded %1 = %2 for %3.</source>
        <translation>%1 = %2 direkodkan untuk %3.</translation>
    </message>
</context>
<context>
    <name>ra::GamificationChart</name>
    <message>
        <source>Reset Zoom</source>
        <translation>Tetap Semula Zum</translation>
    </message>
    <message>
        <source>Show the whole range (Ctrl+0, or double-click the chart)</source>
        <translation>Tunjukkan julat penuh (Ctrl+0, atau dwiklik carta)</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Carta: %1</translation>
    </message>
    <message>
        <source>Wheel: zoom the dates. Drag: move. Double-click: reset.</source>
        <translation>Roda: zum tarikh. Seret: alihkan. Dwiklik: tetap semula.</translation>
    </message>
    <message>
        <source>Point at a day to see its values.</source>
        <translation>Tuding pada hari untuk melihat nilainya.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>There is no chart data to export.</source>
        <translation>Tiada data carta untuk dieksport.</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Setiap hari</translation>
    </message>
</context>
<context>
    <name>ra::GamificationSeriesModel</name>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>XP</source>
        <translation>XP</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Syiling</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesej</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Balasan</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaksi</translation>
    </message>
    <message>
        <source>Socials</source>
        <translation>Sosial</translation>
    </message>
    <message>
        <source>%L1 XP</source>
        <translation>%L1 XP</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coin(s)</source>
        <translation>
            <numerusform>%Ln syiling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mesej</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s)</source>
        <translation>
            <numerusform>%Ln balasan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reaction(s)</source>
        <translation>
            <numerusform>%Ln reaksi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln social(s)</source>
        <translation>
            <numerusform>%Ln sosial</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::HoldingChip</name>
    <message>
        <source>×</source>
        <comment>remove a role or badge chip</comment>
        <translation>×</translation>
    </message>
    <message>
        <source>Take the role &quot;%1&quot; away (Delete)</source>
        <translation>Tarik balik peranan &quot;%1&quot; (Delete)</translation>
    </message>
    <message>
        <source>Remove the badge &quot;%1&quot; (Delete)</source>
        <translation>Alih keluar lencana &quot;%1&quot; (Delete)</translation>
    </message>
    <message>
        <source>Delete, or drag it out of the panel, to remove it</source>
        <translation>Tekan Delete, atau seret keluar dari panel, untuk mengalih keluarnya</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
</context>
<context>
    <name>ra::HoldingChips</name>
    <message>
        <source>Roles:</source>
        <translation>Peranan:</translation>
    </message>
    <message>
        <source>Badges:</source>
        <translation>Lencana:</translation>
    </message>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation>Peranan tidak dapat dimuatkan: %1</translation>
    </message>
    <message>
        <source>No roles on this server.</source>
        <translation>Tiada peranan pada pelayan ini.</translation>
    </message>
    <message>
        <source>Known from award replies in this session; the API lists no badges per member.</source>
        <translation>Diketahui daripada balasan anugerah dalam sesi ini; API tidak menyenaraikan lencana bagi setiap ahli.</translation>
    </message>
    <message>
        <source>Not known: the API lists no badges per member. Badges show here once an award reply in this session names them.</source>
        <translation>Tidak diketahui: API tidak menyenaraikan lencana bagi setiap ahli. Lencana akan ditunjukkan di sini sebaik sahaja balasan anugerah dalam sesi ini menamakannya.</translation>
    </message>
</context>
<context>
    <name>ra::ImageCache</name>
    <message>
        <source>Not a web address: %1</source>
        <translation>Bukan alamat web: %1</translation>
    </message>
    <message>
        <source>Refused to load an image over plain http from %1.</source>
        <translation>Enggan memuatkan imej melalui http biasa daripada %1.</translation>
    </message>
    <message>
        <source>No network access.</source>
        <translation>Tiada akses rangkaian.</translation>
    </message>
    <message>
        <source>The image is larger than %1 MB.</source>
        <translation>Imej lebih besar daripada %1 MB.</translation>
    </message>
    <message>
        <source>Could not download the image: %1</source>
        <translation>Tidak dapat memuat turun imej: %1</translation>
    </message>
    <message>
        <source>The file at %1 is not an image this program can show.</source>
        <translation>Fail di %1 bukan imej yang boleh ditunjukkan oleh program ini.</translation>
    </message>
</context>
<context>
    <name>ra::ImageDropWidget</name>
    <message>
        <source>No image. Drop a PNG, JPEG, GIF, WebP or BMP file here (at most %1 MB) or choose one.</source>
        <translation>Tiada imej. Lepaskan fail PNG, JPEG, GIF, WebP atau BMP di sini (maksimum %1 MB) atau pilih satu fail.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>Choose image file</source>
        <translation>Pilih fail imej</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Alih keluar</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Alih keluar imej</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Pratonton imej</translation>
    </message>
    <message>
        <source>Drop an image file here (at most %1 MB).</source>
        <translation>Lepaskan fail imej di sini (maksimum %1 MB).</translation>
    </message>
    <message>
        <source>Current image (loading…): %1</source>
        <translation>Imej semasa (memuatkan…): %1</translation>
    </message>
    <message>
        <source>Current image: %1</source>
        <translation>Imej semasa: %1</translation>
    </message>
    <message>
        <source>Uploaded: %1</source>
        <translation>Dimuat naik: %1</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Tiada imej</translation>
    </message>
    <message>
        <source>%1 (%2 × %3, %4), uploaded when you save.</source>
        <translation>%1 (%2 × %3, %4), dimuat naik apabila anda menyimpan.</translation>
    </message>
    <message>
        <source>Choose Badge Image</source>
        <translation>Pilih Imej Lencana</translation>
    </message>
</context>
<context>
    <name>ra::ImageFile</name>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>&quot;%1&quot; tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; an image may be at most %3 MB.</source>
        <translation>Saiz &quot;%1&quot; ialah %2; imej tidak boleh melebihi %3 MB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened: %2</source>
        <translation>&quot;%1&quot; tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PNG, JPEG, GIF, WebP or BMP image.</source>
        <translation>&quot;%1&quot; bukan imej PNG, JPEG, GIF, WebP atau BMP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: %2</source>
        <translation>&quot;%1&quot; rosak: %2</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Imej (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>ra::ImageUpload</name>
    <message>
        <source>The upload answered without an image URL.</source>
        <translation>Muat naik dijawab tanpa URL imej.</translation>
    </message>
</context>
<context>
    <name>ra::ImportCommand</name>
    <message>
        <source>%1 takes a positive number, not &quot;%2&quot;</source>
        <translation>%1 menerima nombor positif, bukan &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown option %1 (see import --help)</source>
        <translation>pilihan %1 tidak diketahui (lihat import --help)</translation>
    </message>
    <message>
        <source>give one file, not &quot;%1&quot; too</source>
        <translation>berikan satu fail sahaja, bukan &quot;%1&quot; juga</translation>
    </message>
    <message>
        <source>name the CSV file to import</source>
        <translation>namakan fail CSV yang hendak diimport</translation>
    </message>
    <message>
        <source>give --profile P (or --base-url integration=URL)</source>
        <translation>berikan --profile P (atau --base-url integration=URL)</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import: %1</translation>
    </message>
    <message>
        <source>profiles are not available here</source>
        <translation>profil tidak tersedia di sini</translation>
    </message>
    <message>
        <source>import: no community: give --community ID</source>
        <translation>import: tiada komuniti: berikan --community ID</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows processed, %4 created, %5 updated, %6 failed, %7 rows/s</source>
        <translation>%1: %2 daripada %3 baris diproses, %4 dicipta, %5 dikemas kini, %6 gagal, %7 baris/s</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>baris %1, %2: %3</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>seluruh baris</translation>
    </message>
    <message numerus="yes">
        <source>import: %n row(s) have problems</source>
        <translation>
            <numerusform>import: %n baris bermasalah</numerusform>
        </translation>
    </message>
    <message>
        <source>; sending anyway (--force)</source>
        <translation>; tetap menghantar (--force)</translation>
    </message>
    <message>
        <source>; nothing sent (fix them, or use --force)</source>
        <translation>; tiada apa-apa yang dihantar (betulkan baris itu, atau gunakan --force)</translation>
    </message>
    <message>
        <source>failed row %1: %2</source>
        <translation>baris gagal %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s)…</source>
        <translation>
            <numerusform>Menghantar %n baris…</numerusform>
        </translation>
    </message>
    <message>
        <source>import: %1 cannot be read as CSV: %2</source>
        <translation>import: %1 tidak dapat dibaca sebagai CSV: %2</translation>
    </message>
    <message>
        <source>Starting %1 anew (--restart): the interrupted import started %2 is forgotten; rows it sent may be sent again.</source>
        <translation>Memulakan %1 semula (--restart): import terganggu yang dimulakan pada %2 dilupakan; baris yang telah dihantarnya mungkin dihantar semula.</translation>
    </message>
    <message>
        <source>import: %1 changed since its interrupted import started %2 (%3 of %4 rows were handed to the server). Nothing was sent. Rerun with --restart to send the file as it is now.</source>
        <translation>import: %1 telah berubah sejak import yang terganggu dimulakan pada %2 (%3 daripada %4 baris telah diserahkan kepada pelayan). Tiada apa-apa yang dihantar. Jalankan semula dengan --restart untuk menghantar fail seperti keadaannya sekarang.</translation>
    </message>
    <message>
        <source>import: the server refuses the integration key (%1). Nothing was sent.</source>
        <translation>import: pelayan menolak kunci integrasi (%1). Tiada apa-apa yang dihantar.</translation>
    </message>
    <message>
        <source>import: cannot read the server&apos;s API log, so the import could not be followed (%1). Nothing was sent.</source>
        <translation>import: tidak dapat membaca log API pelayan, jadi import tidak dapat dipantau (%1). Tiada apa-apa yang dihantar.</translation>
    </message>
    <message>
        <source>Resuming the interrupted import of %1 started %2 (%3 of %4 rows had been handed over); rows that reached the server are not sent again.</source>
        <translation>Menyambung semula import terganggu bagi %1 yang dimulakan pada %2 (%3 daripada %4 baris telah diserahkan); baris yang telah sampai ke pelayan tidak dihantar semula.</translation>
    </message>
    <message>
        <source>import: cannot resume: %1</source>
        <translation>import: tidak dapat menyambung semula: %1</translation>
    </message>
    <message>
        <source>Usage: returning-admin import FILE [--update] --profile P [--community ID]

Validates FILE like csv-check, sends it through Bulk Import (or Bulk Update
with --update) and follows the job(s) in the API log until done.

  --update              Update existing users instead of creating new ones.
  --profile P           The saved connection profile to use.
  --community ID        The community (default: the profile&apos;s).
  --key-file F          Read the integration key from the first line of F;
                        without it RA_INTEGRATION_KEY is read.
  --key -               Read the integration key from standard input.
  --key K               The integration key itself (other users of the
                        machine can see it: prefer the two above).
  --system-key-file F   System key for checking role names (also
                        --system-key - or K); without it RA_SYSTEM_KEY
                        is read (none: role names are not checked).
  --base-url FAMILY=URL Base URL of an API family instead of a profile
                        (integration, system, application).
  --force               Send even when rows have problems.
  --restart             Forget an interrupted import of FILE and send it
                        anew (without it, a rerun resumes where the
                        interrupted one stopped and sends no row twice).
  --journal FILE        Journal file (default: the app&apos;s).
  --max-chunk-bytes N   Upload at most N bytes per job.

Exit status: 0 all rows succeeded, 1 rows had problems or failed,
2 usage error or unreadable file, 3 the key is missing or refused.
</source>
        <translation>Penggunaan: returning-admin import FILE [--update] --profile P [--community ID]

Mengesahkan FILE seperti csv-check, menghantarnya melalui Bulk Import (atau
Bulk Update dengan --update) dan memantau tugas dalam log API sehingga selesai.

  --update              Kemas kini pengguna sedia ada dan bukannya mencipta
                        pengguna baharu.
  --profile P           Profil sambungan tersimpan yang digunakan.
  --community ID        Komuniti (lalai: komuniti profil).
  --key-file F          Baca kunci integrasi daripada baris pertama F;
                        tanpanya RA_INTEGRATION_KEY dibaca.
  --key -               Baca kunci integrasi daripada input standard.
  --key K               Kunci integrasi itu sendiri (pengguna lain mesin ini
                        boleh melihatnya: utamakan dua pilihan di atas).
  --system-key-file F   Kunci sistem untuk menyemak nama peranan (juga
                        --system-key - atau K); tanpanya RA_SYSTEM_KEY
                        dibaca (jika tiada: nama peranan tidak disemak).
  --base-url FAMILY=URL URL asas keluarga API sebagai ganti profil
                        (integration, system, application).
  --force               Hantar walaupun terdapat baris bermasalah.
  --restart             Lupakan import terganggu bagi FILE dan hantar semula
                        dari awal (tanpanya, larian semula menyambung dari
                        tempat import terganggu berhenti dan tidak menghantar
                        mana-mana baris dua kali).
  --journal FILE        Fail jurnal (lalai: fail aplikasi).
  --max-chunk-bytes N   Muat naik maksimum N bait bagi setiap tugas.

Status keluar: 0 semua baris berjaya, 1 ada baris bermasalah atau gagal,
2 ralat penggunaan atau fail tidak boleh dibaca, 3 kunci tiada atau ditolak.
</translation>
    </message>
    <message>
        <source>only one key can come from standard input</source>
        <translation>hanya satu kunci boleh dibaca daripada input standard</translation>
    </message>
    <message numerus="yes">
        <source>%1. By the server&apos;s count, of %2 rows: %3 created, %4 updated, %5 failed, %6 unconfirmed, %7 not sent (%n job(s)).</source>
        <translation>
            <numerusform>%1. Menurut kiraan pelayan, daripada %2 baris: %3 dicipta, %4 dikemas kini, %5 gagal, %6 belum disahkan, %7 tidak dihantar (%n tugas).</numerusform>
        </translation>
    </message>
    <message>
        <source>import: no integration key: give --key-file F or --key -, or set RA_INTEGRATION_KEY. Nothing was sent.</source>
        <translation>import: tiada kunci integrasi: berikan --key-file F atau --key -, atau tetapkan RA_INTEGRATION_KEY. Tiada apa-apa yang dihantar.</translation>
    </message>
</context>
<context>
    <name>ra::ImportDocument</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Pembacaan fail telah dibatalkan.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ralat</translation>
    </message>
    <message>
        <source>Could not write the rows: %1</source>
        <translation>Tidak dapat menulis baris: %1</translation>
    </message>
    <message>
        <source>Rows %1 to %2 are not available (the file is not fully read).</source>
        <translation>Baris %1 hingga %2 tidak tersedia (fail belum dibaca sepenuhnya).</translation>
    </message>
    <message>
        <source>The file ended before row %1: was it changed on disk?</source>
        <translation>Fail berakhir sebelum baris %1: adakah fail itu telah diubah pada cakera?</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Adakah anda maksudkan &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>ra::ImportDryRunPage</name>
    <message>
        <source>Optional: check which users already exist before sending.</source>
        <translation>Pilihan: semak pengguna yang sudah wujud sebelum menghantar.</translation>
    </message>
    <message>
        <source>Checked %1 of %2 rows so far.</source>
        <translation>Setakat ini %1 daripada %2 baris telah disemak.</translation>
    </message>
    <message>
        <source>All %1 rows checked.</source>
        <translation>Kesemua %1 baris telah disemak.</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 rows.</source>
        <translation>Dihentikan selepas %1 daripada %2 baris.</translation>
    </message>
    <message>
        <source>Would be updated: %1. Not on the server, would fail: %2.</source>
        <translation>Akan dikemas kini: %1. Tiada pada pelayan, akan gagal: %2.</translation>
    </message>
    <message>
        <source>Would be created: %1. Already on the server, would fail: %2.</source>
        <translation>Akan dicipta: %1. Sudah ada pada pelayan, akan gagal: %2.</translation>
    </message>
    <message>
        <source>Without Email or Username: %1.</source>
        <translation>Tanpa Email atau Username: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) failed: %1</source>
        <translation>
            <numerusform>%n carian gagal: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Larian percubaan</translation>
    </message>
    <message>
        <source>Nothing is sent yet. Optionally ask the server which users already exist.</source>
        <translation>Belum ada apa-apa yang dihantar. Anda boleh bertanya kepada pelayan pengguna mana yang sudah wujud.</translation>
    </message>
    <message>
        <source>&amp;Check against the server</source>
        <translation>&amp;Semak dengan pelayan</translation>
    </message>
    <message>
        <source>S&amp;top checking</source>
        <translation>Hen&amp;ti menyemak</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Hantar</translation>
    </message>
    <message>
        <source>Reading the member list: page %1 of %2; %3 of %4 rows found so far.</source>
        <translation>Membaca senarai ahli: halaman %1 daripada %2; setakat ini %3 daripada %4 baris ditemui.</translation>
    </message>
    <message numerus="yes">
        <source>All %1 rows checked against the member list (%n page(s)).</source>
        <translation>
            <numerusform>Kesemua %1 baris telah disemak dengan senarai ahli (%n halaman).</numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be sent: each row is skipped or has problems.</source>
        <translation>Tiada baris yang boleh dihantar: setiap baris dilangkau atau bermasalah.</translation>
    </message>
    <message>
        <source>Send Rows</source>
        <translation>Hantar Baris</translation>
    </message>
    <message>
        <source>Nothing can be taken back once it is sent.</source>
        <translation>Tiada apa-apa yang boleh ditarik balik setelah dihantar.</translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln row(s) to %1?</source>
        <translation>
            <numerusform>Hantar %Ln baris ke %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems will be skipped.</source>
        <translation>
            <numerusform>%Ln baris bermasalah akan dilangkau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) you skipped will not be sent.</source>
        <translation>
            <numerusform>%Ln baris yang anda langkau tidak akan dihantar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with problems, will fail (not sent): %1.</source>
        <translation>Baris bermasalah, akan gagal (tidak dihantar): %1.</translation>
    </message>
    <message>
        <source>Skipped by you (not sent): %1.</source>
        <translation>Dilangkau oleh anda (tidak dihantar): %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 &quot;%2&quot; on %Ln row(s)</source>
        <translation>
            <numerusform>%1 &quot;%2&quot; pada %Ln baris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>other %1 names on %Ln row(s)</source>
        <translation>
            <numerusform>nama %1 lain pada %Ln baris</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked (the app cannot ask the server for these names; rows naming one the server does not have will fail): %1.</source>
        <translation>Tidak disemak (aplikasi tidak dapat bertanya kepada pelayan tentang nama ini; baris yang menamakan nama yang tiada pada pelayan akan gagal): %1.</translation>
    </message>
</context>
<context>
    <name>ra::ImportFilePage</name>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fail:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Pengekodan:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Pe&amp;mbatas:</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Pilih fail CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fail CSV (*.csv *.txt);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file, or drop one on the main window.</source>
        <translation>Pilih fail CSV, atau lepaskan satu fail pada tetingkap utama.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Check that the preview looks right; change the encoding or delimiter if it does not.</source>
        <translation>Pastikan pratonton kelihatan betul; tukar pengekodan atau pembatas jika tidak.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Semak Imbas…</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>Laluan fail</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Pengekodan</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Pembatas</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratonton</translation>
    </message>
    <message>
        <source>Detected %1, %2. Reading the whole file (%3): %4 rows so far…</source>
        <translation>Dikesan %1, %2. Membaca seluruh fail (%3): setakat ini %4 baris…</translation>
    </message>
    <message>
        <source>Detected %1, %2. %3 data rows, %4 columns, %5.</source>
        <translation>Dikesan %1, %2. %3 baris data, %4 lajur, %5.</translation>
    </message>
</context>
<context>
    <name>ra::ImportMappingPage</name>
    <message>
        <source>Column in your file</source>
        <translation>Lajur dalam fail anda</translation>
    </message>
    <message>
        <source>Template column</source>
        <translation>Lajur templat</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Nilai pertama</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(abaikan)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (diperlukan)</translation>
    </message>
    <message>
        <source>Template column for %1</source>
        <translation>Lajur templat untuk %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Lajur</translation>
    </message>
    <message>
        <source>Headers were matched to the template; change any that are wrong.</source>
        <translation>Pengepala telah dipadankan dengan templat; tukar mana-mana yang salah.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Pemetaan lajur</translation>
    </message>
</context>
<context>
    <name>ra::ImportModePage</name>
    <message>
        <source>What do you want to do?</source>
        <translation>Apakah yang anda mahu lakukan?</translation>
    </message>
    <message>
        <source>Bulk Import creates new members; Bulk Update changes members who already exist, matched by Email (or Username).</source>
        <translation>Bulk Import mencipta ahli baharu; Bulk Update mengubah ahli yang sudah wujud, dipadankan mengikut Email (atau Username).</translation>
    </message>
    <message>
        <source>&amp;Import new users (Bulk Import)</source>
        <translation>&amp;Import pengguna baharu (Bulk Import)</translation>
    </message>
    <message>
        <source>&amp;Update existing users (Bulk Update)</source>
        <translation>&amp;Kemas kini pengguna sedia ada (Bulk Update)</translation>
    </message>
</context>
<context>
    <name>ra::ImportPanes</name>
    <message>
        <source>Interrupted Import</source>
        <translation>Import Terganggu</translation>
    </message>
    <message>
        <source>The interrupted import of %1 cannot be resumed: %2</source>
        <translation>Import terganggu bagi %1 tidak dapat disambung semula: %2</translation>
    </message>
    <message numerus="yes">
        <source>Rows already sent stay on the server and are listed in the API log. Forget this import to stop being asked; %n row(s) not yet sent will not be sent.</source>
        <translation>
            <numerusform>Baris yang telah dihantar kekal pada pelayan dan disenaraikan dalam log API. Lupakan import ini supaya tidak ditanya lagi; %n baris yang belum dihantar tidak akan dihantar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget Import</source>
        <translation>Lupakan Import</translation>
    </message>
    <message>
        <source>Forgot the interrupted import of %1.</source>
        <translation>Import terganggu bagi %1 telah dilupakan.</translation>
    </message>
    <message>
        <source>The import of %1 was interrupted: the app stopped before every row was sent.</source>
        <translation>Import bagi %1 telah terganggu: aplikasi berhenti sebelum semua baris dihantar.</translation>
    </message>
    <message>
        <source>Resume sends the rows left to community %1. Review shows what the journal knows. Forget stops here: the rows left are not sent, and you are not asked again.</source>
        <translation>Sambung Semula menghantar baris yang tinggal kepada komuniti %1. Semak Semula menunjukkan perkara yang diketahui oleh jurnal. Lupakan berhenti di sini: baris yang tinggal tidak dihantar dan anda tidak akan ditanya lagi.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Sambung Semula</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Semak Semula</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Lupakan</translation>
    </message>
    <message>
        <source>Interrupted Import: What the Journal Knows</source>
        <translation>Import Terganggu: Perkara yang Diketahui oleh Jurnal</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Laporan import</translation>
    </message>
</context>
<context>
    <name>ra::ImportProgress</name>
    <message>
        <source>Cancelling: finishing the upload in progress</source>
        <translation>Membatalkan: menyelesaikan muat naik yang sedang berjalan</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Menghantar</translation>
    </message>
    <message>
        <source>Processing on the server</source>
        <translation>Diproses pada pelayan</translation>
    </message>
    <message numerus="yes">
        <source>Done, %n row(s) failed</source>
        <translation>
            <numerusform>Selesai, %n baris gagal</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled: the rows sent were processed</source>
        <translation>Dibatalkan: baris yang dihantar telah diproses</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Gagal: %1</translation>
    </message>
    <message>
        <source>The whole job failed: %1</source>
        <translation>Keseluruhan tugas gagal: %1</translation>
    </message>
    <message>
        <source>The job&apos;s results could not be read: %1</source>
        <translation>Hasil tugas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The server refused the rows sent with this one: %1</source>
        <translation>Pelayan menolak baris yang dihantar bersama yang ini: %1</translation>
    </message>
    <message numerus="yes">
        <source>the server&apos;s results for %n row(s) could not be read; run the import again to read them (no row is sent twice)</source>
        <translation>
            <numerusform>hasil pelayan bagi %n baris tidak dapat dibaca; jalankan import sekali lagi untuk membacanya (tiada baris dihantar dua kali)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::ImportProgressChart</name>
    <message>
        <source>Processed</source>
        <translation>Diproses</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Berjaya</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Import progress chart</source>
        <translation>Carta kemajuan import</translation>
    </message>
</context>
<context>
    <name>ra::ImportProgressView</name>
    <message>
        <source>Checking the job failed, retrying: %1</source>
        <translation>Semakan tugas gagal, mencuba semula: %1</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Belum dihantar.</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 daripada %2 baris</translation>
    </message>
    <message>
        <source>Sent: %1 · Processed: %2 · Created: %3 · Updated: %4 · Failed: %5 · Jobs: %6</source>
        <translation>Dihantar: %1 · Diproses: %2 · Dicipta: %3 · Dikemas kini: %4 · Gagal: %5 · Tugas: %6</translation>
    </message>
    <message>
        <source>%1 rows/s · time left: %2</source>
        <translation>%1 baris/s · baki masa: %2</translation>
    </message>
    <message>
        <source>No failed rows so far.</source>
        <translation>Setakat ini tiada baris yang gagal.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s), with the server&apos;s reason:</source>
        <translation>
            <numerusform>%n baris gagal, dengan sebab daripada pelayan:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent yet.</source>
        <translation>Belum ada apa-apa yang dihantar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Export failed rows</source>
        <translation>Eksport baris yang gagal</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
    <message>
        <source>failed-rows.csv</source>
        <translation>failed-rows.csv</translation>
    </message>
    <message>
        <source>Failed rows written to %1.</source>
        <translation>Baris yang gagal ditulis ke %1.</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Henti menghantar</translation>
    </message>
    <message>
        <source>Send no further chunks; rows already sent are still processed.</source>
        <translation>Jangan hantar bahagian seterusnya; baris yang telah dihantar masih diproses.</translation>
    </message>
    <message>
        <source>&amp;Export failed rows…</source>
        <translation>&amp;Eksport baris yang gagal…</translation>
    </message>
    <message>
        <source>Failed rows</source>
        <translation>Baris yang gagal</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Kemajuan import</translation>
    </message>
    <message>
        <source> · Not sent: %1 · Unconfirmed: %2</source>
        <translation> · Tidak dihantar: %1 · Belum disahkan: %2</translation>
    </message>
    <message>
        <source>Left out of the file&apos;s %1 rows, not sent: %2 with problems, %3 skipped by you.</source>
        <translation>Dikecualikan daripada %1 baris fail, tidak dihantar: %2 bermasalah, %3 dilangkau oleh anda.</translation>
    </message>
    <message>
        <source>No row failed on the server.</source>
        <translation>Tiada baris yang gagal pada pelayan.</translation>
    </message>
</context>
<context>
    <name>ra::ImportRunner</name>
    <message>
        <source>The journal has no import %1</source>
        <translation>Jurnal tiada import %1</translation>
    </message>
    <message>
        <source>%1 changed or is gone since the import started; the rows not sent yet cannot be matched to it</source>
        <translation>%1 telah berubah atau tiada lagi sejak import dimulakan; baris yang belum dihantar tidak dapat dipadankan dengannya</translation>
    </message>
    <message>
        <source>Cannot prepare rows %1 to %2 for sending: %3</source>
        <translation>Tidak dapat menyediakan baris %1 hingga %2 untuk dihantar: %3</translation>
    </message>
    <message>
        <source>Row %1 alone is larger than the %2 bytes the server accepts</source>
        <translation>Baris %1 sahaja sudah melebihi %2 bait yang diterima oleh pelayan</translation>
    </message>
    <message>
        <source>The server refused rows %1 to %2: %3</source>
        <translation>Pelayan menolak baris %1 hingga %2: %3</translation>
    </message>
    <message>
        <source>Sending rows %1 to %2 failed %3 times: %4. Resume the import later; rows that reached the server are not sent again.</source>
        <translation>Penghantaran baris %1 hingga %2 gagal %3 kali: %4. Sambung semula import kemudian; baris yang telah sampai ke pelayan tidak dihantar semula.</translation>
    </message>
    <message>
        <source>rows %1 to %2 (%3)</source>
        <translation>baris %1 hingga %2 (%3)</translation>
    </message>
    <message>
        <source>Cannot check whether %1 reached the server: %2. They are not sent again blindly: resume the import later, and the server&apos;s API log decides.</source>
        <translation>Tidak dapat menyemak sama ada %1 telah sampai ke pelayan: %2. Baris itu tidak dihantar semula secara membuta tuli: sambung semula import kemudian, dan log API pelayan akan menentukannya.</translation>
    </message>
    <message>
        <source>the last rows sent</source>
        <translation>baris terakhir yang dihantar</translation>
    </message>
</context>
<context>
    <name>ra::ImportSendPage</name>
    <message>
        <source>Sending</source>
        <translation>Menghantar</translation>
    </message>
    <message>
        <source>The rows go to the server in chunks, each its own job; progress comes from the API log. You may close this window: the import is journaled and resumes next time.</source>
        <translation>Baris dihantar ke pelayan secara berbahagian, setiap bahagian sebagai tugas tersendiri; kemajuan diambil daripada log API. Anda boleh menutup tetingkap ini: import direkodkan dalam jurnal dan akan disambung semula pada kali seterusnya.</translation>
    </message>
    <message>
        <source>Stopped while preparing the rows: nothing was sent.</source>
        <translation>Dihentikan semasa menyediakan baris: tiada apa-apa yang dihantar.</translation>
    </message>
    <message>
        <source>Preparing rows for sending: %1 of %2</source>
        <translation>Menyediakan baris untuk dihantar: %1 daripada %2</translation>
    </message>
    <message>
        <source>S&amp;top preparing</source>
        <translation>&amp;Henti menyediakan</translation>
    </message>
    <message>
        <source>Stop preparing the rows</source>
        <translation>Henti menyediakan baris</translation>
    </message>
    <message>
        <source>Rows prepared for sending</source>
        <translation>Baris yang disediakan untuk dihantar</translation>
    </message>
</context>
<context>
    <name>ra::ImportSession</name>
    <message>
        <source>The community&apos;s roles could not be read, so Role names are not checked before sending: %1</source>
        <translation>Peranan komuniti tidak dapat dibaca, jadi nama peranan tidak disemak sebelum dihantar: %1</translation>
    </message>
    <message>
        <source>The file is not read completely yet.</source>
        <translation>Fail belum dibaca sepenuhnya.</translation>
    </message>
    <message>
        <source>The journal has no import %1</source>
        <translation>Jurnal tiada import %1</translation>
    </message>
    <message>
        <source>The rows are being prepared for sending already.</source>
        <translation>Baris sudah sedang disediakan untuk dihantar.</translation>
    </message>
    <message>
        <source>community %1</source>
        <translation>komuniti %1</translation>
    </message>
    <message numerus="yes">
        <source>No row can be sent: each of the %n row(s) is skipped or has problems.</source>
        <translation>
            <numerusform>Tiada baris yang boleh dihantar: setiap satu daripada %n baris dilangkau atau bermasalah.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::ImportTemplate</name>
    <message>
        <source>Could not write the template: %1</source>
        <translation>Tidak dapat menulis templat: %1</translation>
    </message>
    <message>
        <source>Free text.</source>
        <translation>Teks bebas.</translation>
    </message>
    <message>
        <source>At most 50 characters.</source>
        <translation>Maksimum 50 aksara.</translation>
    </message>
    <message>
        <source>An e-mail address, unique within the file.</source>
        <translation>Alamat e-mel, unik dalam fail.</translation>
    </message>
    <message>
        <source>Comma-separated role names that exist in the community (case-sensitive).</source>
        <translation>Nama peranan yang wujud dalam komuniti, dipisahkan dengan koma (peka huruf besar/kecil).</translation>
    </message>
    <message>
        <source>Comma-separated tag names that exist in the community (case-sensitive).</source>
        <translation>Nama tag yang wujud dalam komuniti, dipisahkan dengan koma (peka huruf besar/kecil).</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Nombor bulat.</translation>
    </message>
    <message>
        <source>add, subtract or overwrite (lower case) for the %1 column after it; empty means overwrite.</source>
        <translation>add, subtract atau overwrite (huruf kecil) untuk lajur %1 selepasnya; kosong bermaksud overwrite.</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation>Diperlukan. %1</translation>
    </message>
    <message>
        <source>Identifies the user (Email first, else Username).</source>
        <translation>Mengenal pasti pengguna (Email dahulu, jika tiada, Username).</translation>
    </message>
</context>
<context>
    <name>ra::ImportTemplatePage</name>
    <message>
        <source>Column</source>
        <translation>Lajur</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Diperlukan</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Peraturan</translation>
    </message>
    <message>
        <source>required</source>
        <translation>diperlukan</translation>
    </message>
    <message>
        <source>Email or Username</source>
        <translation>Email atau Username</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>pilihan</translation>
    </message>
    <message>
        <source>The community has no roles.</source>
        <translation>Komuniti ini tiada peranan.</translation>
    </message>
    <message>
        <source>Role names on the server (case-sensitive): %1</source>
        <translation>Nama peranan pada pelayan (peka huruf besar/kecil): %1</translation>
    </message>
    <message>
        <source>Reading the community&apos;s role names…</source>
        <translation>Membaca nama peranan komuniti…</translation>
    </message>
    <message>
        <source>Tag names: the API offers no way to list them; the server checks them when the job runs and reports unknown tags as failed rows.</source>
        <translation>Nama tag: API tidak menyediakan cara untuk menyenaraikannya; pelayan menyemaknya semasa tugas berjalan dan melaporkan tag yang tidak diketahui sebagai baris yang gagal.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Simpan templat</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
    <message>
        <source>bulk-update-template.csv</source>
        <translation>bulk-update-template.csv</translation>
    </message>
    <message>
        <source>bulk-import-template.csv</source>
        <translation>bulk-import-template.csv</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Templat disimpan ke %1.</translation>
    </message>
    <message>
        <source>The template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>Your file&apos;s columns are matched to these. For updates, a numeric column may be preceded by &lt;field&gt;_op: add, subtract or overwrite.</source>
        <translation>Lajur fail anda dipadankan dengan lajur ini. Untuk kemas kini, lajur berangka boleh didahului oleh &lt;field&gt;_op: add, subtract atau overwrite.</translation>
    </message>
    <message>
        <source>&amp;Save template…</source>
        <translation>&amp;Simpan templat…</translation>
    </message>
    <message>
        <source>Template columns</source>
        <translation>Lajur templat</translation>
    </message>
    <message>
        <source>Example row</source>
        <translation>Contoh baris</translation>
    </message>
</context>
<context>
    <name>ra::ImportValidationPage</name>
    <message>
        <source>Reading and checking the file: %1 rows so far…</source>
        <translation>Membaca dan menyemak fail: setakat ini %1 baris…</translation>
    </message>
    <message>
        <source>%1 rows, all fine.</source>
        <translation>%1 baris, semuanya baik.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Export rows with problems</source>
        <translation>Eksport baris bermasalah</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
    <message>
        <source>rows-with-problems.csv</source>
        <translation>rows-with-problems.csv</translation>
    </message>
    <message>
        <source>Rows with problems written to %1.</source>
        <translation>Baris bermasalah ditulis ke %1.</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Semak baris</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Tunjukkan baris &amp;bermasalah sahaja</translation>
    </message>
    <message>
        <source>E&amp;xport problem rows…</source>
        <translation>&amp;Eksport baris bermasalah…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>&amp;Use &quot;%1&quot;</source>
        <translation>&amp;Guna &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Put &quot;%1&quot; into %2 of row %3</source>
        <translation>Masukkan &quot;%1&quot; ke dalam %2 baris %3</translation>
    </message>
    <message>
        <source>%1 skipped (not sent).</source>
        <translation>%1 dilangkau (tidak dihantar).</translation>
    </message>
    <message>
        <source>%1 rows; %2 with problems (%3 problems). Fix them in the grid (double-click a red cell), skip them (Delete) or export them; rows with problems are not sent.</source>
        <translation>%1 baris; %2 bermasalah (%3 masalah). Betulkan dalam grid (dwiklik sel merah), langkau (Delete) atau eksport baris tersebut; baris bermasalah tidak dihantar.</translation>
    </message>
    <message>
        <source>Red cells have a problem; the Problem column says why.</source>
        <translation>Sel merah mempunyai masalah; lajur Masalah menyatakan sebabnya.</translation>
    </message>
    <message>
        <source>&amp;Skip Rows (Not Sent)</source>
        <translation>&amp;Langkau Baris (Tidak Dihantar)</translation>
    </message>
    <message>
        <source>&amp;Include Rows Again</source>
        <translation>&amp;Sertakan Semula Baris</translation>
    </message>
</context>
<context>
    <name>ra::ImportWizard</name>
    <message>
        <source>Import users from CSV</source>
        <translation>Import pengguna daripada CSV</translation>
    </message>
    <message>
        <source>Import wizard</source>
        <translation>Wizard import</translation>
    </message>
    <message>
        <source>Import or update members of %1</source>
        <translation>Import atau kemas kini ahli %1</translation>
    </message>
    <message numerus="yes">
        <source>Update %n member(s) in %1</source>
        <translation>
            <numerusform>Kemas kini %n ahli dalam %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n member(s) into %1</source>
        <translation>
            <numerusform>Import %n ahli ke dalam %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::JobFollower</name>
    <message>
        <source>The server refuses the key, so the job cannot be followed: %1</source>
        <translation>Pelayan menolak kunci, jadi tugas tidak dapat dipantau: %1</translation>
    </message>
    <message>
        <source>The job&apos;s progress could not be read %1 times in a row: %2</source>
        <translation>Kemajuan tugas tidak dapat dibaca %1 kali berturut-turut: %2</translation>
    </message>
</context>
<context>
    <name>ra::JobJournal</name>
    <message>
        <source>Cannot read the import journal %1: %2</source>
        <translation>Tidak dapat membaca jurnal import %1: %2</translation>
    </message>
    <message>
        <source>The import journal %1 is damaged at byte %2: %3</source>
        <translation>Jurnal import %1 rosak pada bait %2: %3</translation>
    </message>
    <message>
        <source>Cannot write the import journal %1: %2</source>
        <translation>Tidak dapat menulis jurnal import %1: %2</translation>
    </message>
</context>
<context>
    <name>ra::KeyOption</name>
    <message>
        <source>RA_API_KEY is no longer read: set RA_INTEGRATION_KEY, RA_SYSTEM_KEY or RA_APPLICATION_KEY</source>
        <translation>RA_API_KEY tidak lagi dibaca: tetapkan RA_INTEGRATION_KEY, RA_SYSTEM_KEY atau RA_APPLICATION_KEY</translation>
    </message>
    <message>
        <source>RA_SYSTEM_API_KEY is no longer read: set RA_SYSTEM_KEY</source>
        <translation>RA_SYSTEM_API_KEY tidak lagi dibaca: tetapkan RA_SYSTEM_KEY</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>give %1 or %2 once</source>
        <translation>berikan %1 atau %2 sekali sahaja</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 memerlukan nilai</translation>
    </message>
    <message>
        <source>%1 -: cannot read standard input</source>
        <translation>%1 -: tidak dapat membaca input standard</translation>
    </message>
    <message>
        <source>%1 -: standard input holds no key</source>
        <translation>%1 -: input standard tidak mengandungi kunci</translation>
    </message>
    <message>
        <source>warning: a key given with %1 can be read by other users of this machine; use %2, %1 - (standard input) or %3 instead</source>
        <translation>amaran: kunci yang diberikan dengan %1 boleh dibaca oleh pengguna lain mesin ini; sebaliknya, gunakan %2, %1 - (input standard) atau %3</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: tidak dapat membaca %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 holds no key on its first line</source>
        <translation>%1: %2 tidak mengandungi kunci pada baris pertamanya</translation>
    </message>
    <message>
        <source>warning: %1 can be read by other users; restrict it with chmod 600</source>
        <translation>amaran: %1 boleh dibaca oleh pengguna lain; hadkan aksesnya dengan chmod 600</translation>
    </message>
</context>
<context>
    <name>ra::KeychainSecretStore</name>
    <message>
        <source>No keychain is running on this desktop (no Secret Service or KWallet); keys can be kept for this run only.</source>
        <translation>Tiada rantai kunci yang berjalan pada desktop ini (tiada Secret Service atau KWallet); kunci hanya boleh dikekalkan untuk larian ini sahaja.</translation>
    </message>
</context>
<context>
    <name>ra::MainWindow</name>
    <message>
        <source>Connections</source>
        <translation>Sambungan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Persekitaran: %1</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Perihal Qt</translation>
    </message>
    <message>
        <source>Returning Admin uses Qt %1.</source>
        <translation>Returning Admin menggunakan Qt %1.</translation>
    </message>
    <message>
        <source>Qt is a C++ toolkit for cross-platform application development, available under the GNU LGPL version 3. See https://www.qt.io for licensing and source code.</source>
        <translation>Qt ialah kit alat C++ untuk pembangunan aplikasi merentas platform, tersedia di bawah GNU LGPL versi 3. Lihat https://www.qt.io untuk maklumat pelesenan dan kod sumber.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Lihat</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Alat</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Quit Returning Admin</source>
        <translation>Keluar dari Returning Admin</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Buat Asal</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Buat &amp;Semula</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <source>Search in the current pane</source>
        <translation>Cari dalam anak tetingkap semasa</translation>
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation>Tunjukkan &amp;Navigasi</translation>
    </message>
    <message>
        <source>Show or hide the navigation list</source>
        <translation>Tunjukkan atau sembunyikan senarai navigasi</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Skrin &amp;Penuh</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Segar Semula</translation>
    </message>
    <message>
        <source>Reload the current pane from the server</source>
        <translation>Muat semula anak tetingkap semasa daripada pelayan</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Keutamaan…</translation>
    </message>
    <message>
        <source>&amp;About Returning Admin</source>
        <translation>&amp;Perihal Returning Admin</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Perihal &amp;Qt</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Pergi ke</translation>
    </message>
    <message>
        <source>Current pane</source>
        <translation>Anak tetingkap semasa</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Bar status</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Tukar profil</translation>
    </message>
    <message>
        <source>&amp;Import Users from CSV…</source>
        <translation>&amp;Import Pengguna daripada CSV…</translation>
    </message>
    <message>
        <source>Bulk import or update members from a CSV file (or drop one here)</source>
        <translation>Import atau kemas kini ahli secara pukal daripada fail CSV (atau lepaskan fail di sini)</translation>
    </message>
    <message>
        <source>Open Connections</source>
        <translation>Buka Sambungan</translation>
    </message>
    <message>
        <source>Some keys of profile &quot;%1&quot; cannot be read, so requests that need them are not sent. %2</source>
        <translation>Sesetengah kunci profil &quot;%1&quot; tidak dapat dibaca, jadi permintaan yang memerlukannya tidak dihantar. %2</translation>
    </message>
    <message>
        <source>Reset &amp;Demo Community…</source>
        <translation>Tetapkan Semula Komuniti &amp;Demo…</translation>
    </message>
    <message>
        <source>Delete everything in the local sandbox and start again from a new demo community</source>
        <translation>Padam semua kandungan dalam kotak pasir setempat dan mula semula dengan komuniti demo baharu</translation>
    </message>
    <message>
        <source>%1 — Returning Admin</source>
        <translation>%1 — Returning Admin</translation>
    </message>
    <message>
        <source>%1 — %2 — Returning Admin</source>
        <translation>%1 — %2 — Returning Admin</translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>Komuniti: %1</translation>
    </message>
    <message>
        <source>%1 · Server: %2</source>
        <translation>%1 · Pelayan: %2</translation>
    </message>
    <message>
        <source>community %1 (name not known)</source>
        <translation>komuniti %1 (nama tidak diketahui)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Buat Asal %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Buat &amp;Semula %1</translation>
    </message>
    <message>
        <source>Request timeout, parallel requests, language and theme</source>
        <translation>Tamat masa permintaan, permintaan selari, bahasa dan tema</translation>
    </message>
</context>
<context>
    <name>ra::MemberExportJob</name>
    <message numerus="yes">
        <source>Reading the members to export to %1 failed after %n member(s): %2</source>
        <translation>
            <numerusform>Pembacaan ahli untuk dieksport ke %1 gagal selepas %n ahli: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The export to %1 was cancelled after %n member(s); the file was not written.</source>
        <translation>
            <numerusform>Eksport ke %1 dibatalkan selepas %n ahli; fail tidak ditulis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::MessageActions</name>
    <message>
        <source>Write something or attach an image first.</source>
        <translation>Tulis sesuatu atau lampirkan imej terlebih dahulu.</translation>
    </message>
    <message>
        <source>Say who sends it: a member&apos;s username or e-mail in &quot;Send as&quot;.</source>
        <translation>Nyatakan siapa yang menghantarnya: nama pengguna atau e-mel ahli dalam &quot;Hantar sebagai&quot;.</translation>
    </message>
    <message>
        <source>The message has %1 characters; at most %2 can be sent.</source>
        <translation>Mesej ini mempunyai %1 aksara; maksimum %2 aksara boleh dihantar.</translation>
    </message>
</context>
<context>
    <name>ra::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Tutup mesej</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesej</translation>
    </message>
</context>
<context>
    <name>ra::MessageBoxQuestionProvider</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ra::MessageComposer</name>
    <message>
        <source>Cancel Reply</source>
        <translation>Batal Balasan</translation>
    </message>
    <message>
        <source>Write a message (plain text); drop images here</source>
        <translation>Tulis mesej (teks biasa); lepaskan imej di sini</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratonton</translation>
    </message>
    <message>
        <source>Attach Image…</source>
        <translation>Lampirkan Imej…</translation>
    </message>
    <message>
        <source>Remove Image</source>
        <translation>Alih Keluar Imej</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>Hantar sebagai:</translation>
    </message>
    <message>
        <source>username or e-mail</source>
        <translation>nama pengguna atau e-mel</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Hantar</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Hantar (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Membalas %1</translation>
    </message>
    <message>
        <source>Attach Images</source>
        <translation>Lampirkan Imej</translation>
    </message>
    <message>
        <source>%1: not uploaded: %2</source>
        <translation>%1: tidak dimuat naik: %2</translation>
    </message>
    <message>
        <source>%1: uploaded</source>
        <translation>%1: dimuat naik</translation>
    </message>
    <message>
        <source>%1: uploading…</source>
        <translation>%1: sedang dimuat naik…</translation>
    </message>
    <message>
        <source>Uploading %1 of %2</source>
        <translation>Memuat naik %1 daripada %2</translation>
    </message>
    <message numerus="yes">
        <source>[%n image(s) attached]</source>
        <translation>
            <numerusform>[%n imej dilampirkan]</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing to send yet)</source>
        <translation>(belum ada apa-apa untuk dihantar)</translation>
    </message>
    <message>
        <source>Wait until the images are uploaded.</source>
        <translation>Tunggu sehingga imej selesai dimuat naik.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Menghantar…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Tidak dihantar: %1</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Dihantar.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Throw the unsent message away (Esc in the text)</source>
        <translation>Buang mesej yang belum dihantar (Esc dalam teks)</translation>
    </message>
    <message>
        <source>Ctrl+Return sends; Esc discards the unsent message</source>
        <translation>Ctrl+Return menghantar; Esc membuang mesej yang belum dihantar</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Teks mesej</translation>
    </message>
    <message>
        <source>Reply target</source>
        <translation>Sasaran balasan</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Pratonton mesej</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>Imej yang dilampirkan</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Kemajuan muat naik</translation>
    </message>
    <message>
        <source>Attach Image</source>
        <translation>Lampirkan Imej</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>Hantar sebagai</translation>
    </message>
    <message>
        <source>Composer status</source>
        <translation>Status penggubah mesej</translation>
    </message>
    <message>
        <source>Discard this unsent message?</source>
        <translation>Buang mesej yang belum dihantar ini?</translation>
    </message>
    <message>
        <source>It has not been sent and will not be kept.</source>
        <translation>Mesej ini belum dihantar dan tidak akan disimpan.</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Dibuang.</translation>
    </message>
</context>
<context>
    <name>ra::MessageDelegate</name>
    <message>
        <source>reply to an earlier message</source>
        <translation>balasan kepada mesej terdahulu</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Memuatkan imej…</translation>
    </message>
</context>
<context>
    <name>ra::MessageDrafts</name>
    <message>
        <source>The drafts in %1 cannot be read: %2</source>
        <translation>Draf dalam %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The drafts in %1 are damaged (%2 at byte %3); starting without them.</source>
        <translation>Draf dalam %1 rosak (%2 pada bait %3); bermula tanpanya.</translation>
    </message>
    <message>
        <source>The drafts cannot be saved to %1: %2</source>
        <translation>Draf tidak dapat disimpan ke %1: %2</translation>
    </message>
</context>
<context>
    <name>ra::MessagesPane</name>
    <message>
        <source>Messages</source>
        <translation>Mesej</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s) shown</source>
        <translation>
            <numerusform>%1 daripada %n mesej ditunjukkan</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Memuatkan mesej lama…</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Memuatkan mesej…</translation>
    </message>
    <message>
        <source>The messages could not be read: %1</source>
        <translation>Mesej tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Saluran:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Segar Semula</translation>
    </message>
    <message>
        <source>Read the channel again (F5)</source>
        <translation>Baca semula saluran (F5)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Balas</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Beri Reaksi</translation>
    </message>
    <message>
        <source>Announce…</source>
        <translation>Umumkan…</translation>
    </message>
    <message>
        <source>Send one message to several channels</source>
        <translation>Hantar satu mesej ke beberapa saluran</translation>
    </message>
    <message>
        <source>Loading channels…</source>
        <translation>Memuatkan saluran…</translation>
    </message>
    <message>
        <source>No channels to show.</source>
        <translation>Tiada saluran untuk ditunjukkan.</translation>
    </message>
    <message>
        <source>Say who reacts: a member&apos;s username or e-mail in &quot;Send as&quot;.</source>
        <translation>Nyatakan siapa yang memberi reaksi: nama pengguna atau e-mel ahli dalam &quot;Hantar sebagai&quot;.</translation>
    </message>
    <message>
        <source>The reaction %1 was not added: %2</source>
        <translation>Reaksi %1 tidak ditambah: %2</translation>
    </message>
    <message>
        <source>Reply to the selected message (R)</source>
        <translation>Balas mesej yang dipilih (R)</translation>
    </message>
    <message>
        <source>Add a reaction to the selected message</source>
        <translation>Tambah reaksi pada mesej yang dipilih</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>Umumkan</translation>
    </message>
    <message>
        <source>Messages status</source>
        <translation>Status mesej</translation>
    </message>
    <message>
        <source>Up and Down move between messages; R replies to the selected one</source>
        <translation>Atas dan Bawah beralih antara mesej; R membalas mesej yang dipilih</translation>
    </message>
</context>
<context>
    <name>ra::NavigationSidebar</name>
    <message>
        <source>Returning Admin</source>
        <translation>Returning Admin</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigasi</translation>
    </message>
</context>
<context>
    <name>ra::NetworkStatusWidget</name>
    <message>
        <source>Idle</source>
        <translation>Melahu</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 permintaan</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n permintaan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n dalam baris gilir</numerusform>
        </translation>
    </message>
    <message>
        <source>Network activity</source>
        <translation>Aktiviti rangkaian</translation>
    </message>
    <message>
        <source>Requests finished: %1, failed: %2</source>
        <translation>Permintaan selesai: %1, gagal: %2</translation>
    </message>
</context>
<context>
    <name>ra::NewKeySecretDialog</name>
    <message>
        <source>API Key &quot;%1&quot; Created</source>
        <translation>Kunci API &quot;%1&quot; Dicipta</translation>
    </message>
    <message>
        <source>This is the key&apos;s secret. It is shown now and never again: copy it to where it will be used before closing this window.</source>
        <translation>Ini ialah rahsia kunci. Ia ditunjukkan sekarang dan tidak akan ditunjukkan lagi: salin rahsia ini ke tempat ia akan digunakan sebelum menutup tetingkap ini.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in a minute if it still holds the key.</source>
        <translation>Disalin. Papan keratan akan dikosongkan dalam masa satu minit jika masih mengandungi kunci.</translation>
    </message>
</context>
<context>
    <name>ra::OverviewPane</name>
    <message>
        <source>Overview</source>
        <translation>Gambaran Keseluruhan</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Segar Semula</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>Kira semula (F5)</translation>
    </message>
    <message numerus="yes">
        <source>Joined per week, last %n week(s)</source>
        <translation>
            <numerusform>Ahli yang menyertai setiap minggu, %n minggu terakhir</numerusform>
        </translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Minggu bermula</translation>
    </message>
    <message>
        <source>XP distribution</source>
        <translation>Taburan XP</translation>
    </message>
    <message>
        <source>XP</source>
        <translation>XP</translation>
    </message>
    <message>
        <source>Coins distribution</source>
        <translation>Taburan syiling</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Syiling</translation>
    </message>
    <message numerus="yes">
        <source>Top %n member(s) by XP</source>
        <translation>
            <numerusform>%n ahli teratas mengikut XP</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ahli</translation>
    </message>
    <message>
        <source>Members with the most XP</source>
        <translation>Ahli dengan XP tertinggi</translation>
    </message>
    <message>
        <source>How %1 is doing</source>
        <translation>Prestasi %1</translation>
    </message>
    <message>
        <source>How community %1 is doing</source>
        <translation>Prestasi komuniti %1</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Ahli: %1</translation>
    </message>
    <message>
        <source>Members: …</source>
        <translation>Ahli: …</translation>
    </message>
    <message numerus="yes">
        <source>Joined in the last %n week(s): %1</source>
        <translation>
            <numerusform>Menyertai dalam %n minggu terakhir: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Joined in the last %n week(s): …</source>
        <translation>
            <numerusform>Menyertai dalam %n minggu terakhir: …</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Mengira…</translation>
    </message>
    <message>
        <source>Waiting for the connection.</source>
        <translation>Menunggu sambungan.</translation>
    </message>
    <message numerus="yes">
        <source>Counted with %n request(s), without reading every member.</source>
        <translation>
            <numerusform>Dikira dengan %n permintaan, tanpa membaca setiap ahli.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ra::PaletteDock</name>
    <message>
        <source>Loading roles and badges…</source>
        <translation>Memuatkan peranan dan lencana…</translation>
    </message>
    <message>
        <source>This server has no roles or badges yet.</source>
        <translation>Pelayan ini belum mempunyai peranan atau lencana.</translation>
    </message>
    <message>
        <source>No role or badge matches &quot;%1&quot;.</source>
        <translation>Tiada peranan atau lencana yang sepadan dengan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give to selected users (none selected)</source>
        <translation>Berikan kepada pengguna yang dipilih (tiada yang dipilih)</translation>
    </message>
    <message>
        <source>Give to selected users (%1)</source>
        <translation>Berikan kepada pengguna yang dipilih (%1)</translation>
    </message>
    <message>
        <source>Give to everyone matching the filter (%1)</source>
        <translation>Berikan kepada semua yang sepadan dengan penapis (%1)</translation>
    </message>
    <message>
        <source>Give to…</source>
        <translation>Berikan kepada…</translation>
    </message>
    <message>
        <source>Give to users from a CSV file…</source>
        <translation>Berikan kepada pengguna daripada fail CSV…</translation>
    </message>
    <message>
        <source>Give %1 to users from a CSV file</source>
        <translation>Berikan %1 kepada pengguna daripada fail CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fail CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua fail (*)</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palet</translation>
    </message>
    <message>
        <source>Palette: %1</source>
        <translation>Palet: %1</translation>
    </message>
    <message>
        <source>Search roles and badges</source>
        <translation>Cari peranan dan lencana</translation>
    </message>
    <message>
        <source>The server whose roles the palette shows</source>
        <translation>Pelayan yang peranannya ditunjukkan oleh palet</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Lencana</translation>
    </message>
    <message>
        <source>Drop members here, paste ids, usernames or e-mails (Ctrl+V), or drop a CSV file on a tile. Drag a tile onto a member to give it to them.</source>
        <translation>Lepaskan ahli di sini, tampal ID, nama pengguna atau e-mel (Ctrl+V), atau lepaskan fail CSV pada jubin. Seret jubin ke atas ahli untuk memberikannya kepada ahli tersebut.</translation>
    </message>
    <message>
        <source>Give to everyone matching the filter (counted before sending)</source>
        <translation>Berikan kepada semua yang sepadan dengan penapis (dikira sebelum dihantar)</translation>
    </message>
    <message>
        <source>Roles and badges to give</source>
        <translation>Peranan dan lencana untuk diberikan</translation>
    </message>
</context>
<context>
    <name>ra::PaletteSources</name>
    <message>
        <source>Saved filter</source>
        <translation>Penapis tersimpan</translation>
    </message>
    <message>
        <source>Recent member</source>
        <translation>Ahli terkini</translation>
    </message>
</context>
<context>
    <name>ra::PaletteTile</name>
    <message>
        <source>Role &quot;%1&quot;: drop members here, or paste a list (Ctrl+V)</source>
        <translation>Peranan &quot;%1&quot;: lepaskan ahli di sini, atau tampal senarai (Ctrl+V)</translation>
    </message>
    <message>
        <source>Badge &quot;%1&quot;: drop members here, or paste a list (Ctrl+V)</source>
        <translation>Lencana &quot;%1&quot;: lepaskan ahli di sini, atau tampal senarai (Ctrl+V)</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a list of member ids, usernames or e-mails (one per line), then press Ctrl+V here.</source>
        <translation>Papan keratan tidak mengandungi teks. Salin senarai ID ahli, nama pengguna atau e-mel (satu setiap baris), kemudian tekan Ctrl+V di sini.</translation>
    </message>
</context>
<context>
    <name>ra::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>Lalai sistem</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Simpan keutamaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Pulihkan lalai</translation>
    </message>
    <message>
        <source>System (follow the desktop)</source>
        <translation>Sistem (ikut desktop)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Cerah</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
</context>
<context>
    <name>ra::PreparedImport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>Rows %1 to %2 are outside the %3 rows of %4</source>
        <translation>Baris %1 hingga %2 berada di luar %3 baris %4</translation>
    </message>
    <message>
        <source>Preparing the rows for sending was cancelled.</source>
        <translation>Penyediaan baris untuk dihantar telah dibatalkan.</translation>
    </message>
    <message>
        <source>%1 line %2 is not a row number.</source>
        <translation>Baris %2 dalam %1 bukan nombor baris.</translation>
    </message>
    <message>
        <source>%1 lists %2 rows but %3 has %4: was one of them changed?</source>
        <translation>%1 menyenaraikan %2 baris tetapi %3 mempunyai %4: adakah salah satu daripadanya telah diubah?</translation>
    </message>
</context>
<context>
    <name>ra::ProductionBanner</name>
    <message>
        <source>PRODUCTION — changes affect real members</source>
        <translation>PENGELUARAN — perubahan menjejaskan ahli sebenar</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Production warning</source>
        <translation>Amaran pengeluaran</translation>
    </message>
</context>
<context>
    <name>ra::ProfileEditor</name>
    <message>
        <source>Hide key</source>
        <translation>Sembunyikan kunci</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Tunjukkan kunci</translation>
    </message>
    <message>
        <source>No keychain is running on this desktop: keys can be kept for this run only, never in the settings file.</source>
        <translation>Tiada rantai kunci yang berjalan pada desktop ini: kunci hanya boleh dikekalkan untuk larian ini sahaja, tidak sekali-kali dalam fail tetapan.</translation>
    </message>
</context>
<context>
    <name>ra::ProfileKeysController</name>
    <message>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Provided by the running sandbox</source>
        <translation>Disediakan oleh kotak pasir yang sedang berjalan</translation>
    </message>
    <message>
        <source>Kept for this run only</source>
        <translation>Dikekalkan untuk larian ini sahaja</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Disimpan dalam rantai kunci sistem</translation>
    </message>
    <message>
        <source>Set when the sandbox starts</source>
        <translation>Ditetapkan apabila kotak pasir dimulakan</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Tidak ditetapkan</translation>
    </message>
    <message>
        <source>System keychain not available</source>
        <translation>Rantai kunci sistem tidak tersedia</translation>
    </message>
    <message>
        <source>Could not read the key: %1</source>
        <translation>Tidak dapat membaca kunci: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak disimpan: %1</translation>
    </message>
    <message>
        <source>Keep for this run only</source>
        <translation>Kekalkan untuk larian ini sahaja</translation>
    </message>
    <message>
        <source>Keep the keys in memory until Returning Admin quits; they are not saved</source>
        <translation>Kekalkan kunci dalam memori sehingga Returning Admin ditutup; kunci tidak disimpan</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Rantai kunci menolak akses: %1</translation>
    </message>
    <message>
        <source>The system keychain refused to store the API keys (%1). Unlock it and save again, or keep the keys for this run only.</source>
        <translation>Rantai kunci sistem enggan menyimpan kunci API (%1). Buka kunci rantai kunci itu dan simpan semula, atau kekalkan kunci untuk larian ini sahaja.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so API keys cannot be saved permanently. %1 You will need to enter them again next time.</source>
        <translation>Rantai kunci sistem tidak tersedia, jadi kunci API tidak dapat disimpan secara kekal. %1 Anda perlu memasukkannya semula pada kali seterusnya.</translation>
    </message>
</context>
<context>
    <name>ra::ProfileListWidget</name>
    <message>
        <source>built-in</source>
        <translation>terbina dalam</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ra::ProfileMenu</name>
    <message>
        <source>&amp;Switch profile</source>
        <translation>&amp;Tukar profil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Sambung ke %1</translation>
    </message>
</context>
<context>
    <name>ra::ProfileStore</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Salinan %1</translation>
    </message>
    <message>
        <source>A profile with this id already exists</source>
        <translation>Profil dengan ID ini sudah wujud</translation>
    </message>
    <message>
        <source>The profile no longer exists</source>
        <translation>Profil ini tidak lagi wujud</translation>
    </message>
    <message>
        <source>The built-in Local sandbox profile cannot be changed</source>
        <translation>Profil terbina dalam Kotak pasir setempat tidak boleh diubah</translation>
    </message>
</context>
<context>
    <name>ra::RequestJob</name>
    <message>
        <source>no base URL for the %1 API</source>
        <translation>tiada URL asas untuk API %1</translation>
    </message>
    <message>
        <source>missing path parameter &quot;%1&quot;</source>
        <translation>parameter laluan &quot;%1&quot; tiada</translation>
    </message>
    <message>
        <source>%1:// is only allowed for loopback hosts; use https://</source>
        <translation>%1:// hanya dibenarkan untuk hos gelung balik; gunakan https://</translation>
    </message>
    <message>
        <source>no progress for %1 ms</source>
        <translation>tiada kemajuan selama %1 ms</translation>
    </message>
    <message>
        <source>redirect to another origin or to plain HTTP refused</source>
        <translation>ubah hala ke asalan lain atau ke HTTP biasa ditolak</translation>
    </message>
    <message>
        <source>reply cut off after %1 bytes (%2)</source>
        <translation>balasan terputus selepas %1 bait (%2)</translation>
    </message>
    <message>
        <source>unreadable reply</source>
        <translation>balasan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>tidak dapat membaca %1</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>tidak dihantar: %1</translation>
    </message>
    <message>
        <source>not sent: log in to an account first</source>
        <translation>tidak dihantar: log masuk ke akaun terlebih dahulu</translation>
    </message>
</context>
<context>
    <name>ra::RequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operasi</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Kaedah</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Tempoh</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Dihantar</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Cubaan semula</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ralat</translation>
    </message>
</context>
<context>
    <name>ra::RequestLogWriter</name>
    <message>
        <source>Cannot write the request log to %1: %2</source>
        <translation>Tidak dapat menulis log permintaan ke %1: %2</translation>
    </message>
</context>
<context>
    <name>ra::RestoreUserDialog</name>
    <message>
        <source>&quot;%1&quot; was not restored: %2</source>
        <translation>&quot;%1&quot; tidak dipulihkan: %2</translation>
    </message>
    <message>
        <source>Restore User</source>
        <translation>Pulihkan Pengguna</translation>
    </message>
    <message>
        <source>Deleted accounts are not listed. Enter the username, e-mail address or user id of the account to restore; the user can sign in again afterwards.</source>
        <translation>Akaun yang dipadam tidak disenaraikan. Masukkan nama pengguna, alamat e-mel atau ID pengguna bagi akaun yang hendak dipulihkan; pengguna boleh log masuk semula selepas itu.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <source>username, e-mail or user id</source>
        <translation>nama pengguna, e-mel atau ID pengguna</translation>
    </message>
    <message>
        <source>User to restore</source>
        <translation>Pengguna yang hendak dipulihkan</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Pu&amp;lihkan</translation>
    </message>
</context>
<context>
    <name>ra::RoleDialog</name>
    <message>
        <source>New Role</source>
        <translation>Peranan Baharu</translation>
    </message>
    <message>
        <source>Edit Role &quot;%1&quot;</source>
        <translation>Edit Peranan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Cipta</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Role Colour</source>
        <translation>Warna Peranan</translation>
    </message>
</context>
<context>
    <name>ra::RolePermissionCatalog</name>
    <message>
        <source>Server administrator</source>
        <translation>Pentadbir pelayan</translation>
    </message>
    <message>
        <source>Allow direct messages</source>
        <translation>Benarkan mesej langsung</translation>
    </message>
    <message>
        <source>Create invites</source>
        <translation>Cipta jemputan</translation>
    </message>
    <message>
        <source>Warn members</source>
        <translation>Beri amaran kepada ahli</translation>
    </message>
    <message>
        <source>Suspend members</source>
        <translation>Gantung ahli</translation>
    </message>
    <message>
        <source>Kick members</source>
        <translation>Tendang ahli</translation>
    </message>
    <message>
        <source>Ban members</source>
        <translation>Haramkan ahli</translation>
    </message>
    <message>
        <source>Manage roles</source>
        <translation>Urus peranan</translation>
    </message>
    <message>
        <source>Manage channels</source>
        <translation>Urus saluran</translation>
    </message>
    <message>
        <source>Broadcast messages</source>
        <translation>Siarkan mesej</translation>
    </message>
    <message>
        <source>Overwrite language settings</source>
        <translation>Tulis ganti tetapan bahasa</translation>
    </message>
    <message>
        <source>View message history</source>
        <translation>Lihat sejarah mesej</translation>
    </message>
    <message>
        <source>Post messages</source>
        <translation>Hantar mesej</translation>
    </message>
    <message>
        <source>Manage messages</source>
        <translation>Urus mesej</translation>
    </message>
    <message>
        <source>Delete messages</source>
        <translation>Padam mesej</translation>
    </message>
    <message>
        <source>Allow mentions</source>
        <translation>Benarkan sebutan</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Lampirkan fail</translation>
    </message>
    <message>
        <source>Share attachments</source>
        <translation>Kongsi lampiran</translation>
    </message>
    <message>
        <source>Share links</source>
        <translation>Kongsi pautan</translation>
    </message>
    <message>
        <source>Pin messages</source>
        <translation>Sematkan mesej</translation>
    </message>
    <message>
        <source>Post analysis</source>
        <translation>Hantar analisis</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Pentadbir</translation>
    </message>
    <message>
        <source>No permissions</source>
        <translation>Tiada kebenaran</translation>
    </message>
    <message>
        <source>%1 server, %2 channel</source>
        <translation>%1 pelayan, %2 saluran</translation>
    </message>
</context>
<context>
    <name>ra::RoleTableModel</name>
    <message>
        <source>The API does not report how many members hold this role.</source>
        <translation>API tidak melaporkan bilangan ahli yang memegang peranan ini.</translation>
    </message>
    <message>
        <source>Position in the role hierarchy (lower comes first).</source>
        <translation>Kedudukan dalam hierarki peranan (yang lebih rendah didahulukan).</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Ahli</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Kebenaran</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <source>How many members hold the role, where the server reports it. The Returning.AI API has no member count for roles, so this column stays empty unless the server adds one.</source>
        <translation>Bilangan ahli yang memegang peranan ini, jika dilaporkan oleh pelayan. API Returning.AI tiada kiraan ahli bagi peranan, jadi lajur ini kekal kosong melainkan pelayan menambahnya.</translation>
    </message>
</context>
<context>
    <name>ra::RolesPane</name>
    <message>
        <source>Roles</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <source>Search roles (Ctrl+F)</source>
        <translation>Cari peranan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation>Cari peranan</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Peranan baharu</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Edit peranan</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Padam peranan</translation>
    </message>
    <message>
        <source>Refresh roles</source>
        <translation>Segar semula peranan</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Padam Peranan</translation>
    </message>
    <message>
        <source>Move Role Up</source>
        <translation>Alih Peranan ke Atas</translation>
    </message>
    <message>
        <source>Move Role Down</source>
        <translation>Alih Peranan ke Bawah</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Memuatkan peranan…</translation>
    </message>
    <message>
        <source>The roles could not be loaded.</source>
        <translation>Peranan tidak dapat dimuatkan.</translation>
    </message>
    <message>
        <source>This server has no roles yet. Press Ctrl+N to create one.</source>
        <translation>Pelayan ini belum mempunyai peranan. Tekan Ctrl+N untuk menciptanya.</translation>
    </message>
    <message>
        <source>Could not refresh the roles: %1 The table shows the last loaded list.</source>
        <translation>Tidak dapat menyegar semula peranan: %1 Jadual menunjukkan senarai yang terakhir dimuatkan.</translation>
    </message>
    <message>
        <source>Could not load the roles: %1</source>
        <translation>Tidak dapat memuatkan peranan: %1</translation>
    </message>
    <message>
        <source>Delete the role &quot;%1&quot;?</source>
        <translation>Padam peranan &quot;%1&quot;?</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) hold this role and will lose its permissions.</source>
        <translation>
            <numerusform>%n ahli memegang peranan ini dan akan kehilangan kebenarannya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every member who holds this role will lose its permissions.</source>
        <translation>Setiap ahli yang memegang peranan ini akan kehilangan kebenarannya.</translation>
    </message>
    <message>
        <source>Undo re-creates the role with the same settings, but not its member assignments.</source>
        <translation>Buat Asal akan mencipta semula peranan dengan tetapan yang sama, tetapi bukan penugasannya kepada ahli.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>Move role &quot;%1&quot;</source>
        <translation>Alih peranan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Create role &quot;%1&quot;</source>
        <translation>Cipta peranan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit role &quot;%1&quot;</source>
        <translation>Edit peranan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete role &quot;%1&quot;</source>
        <translation>Padam peranan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Peranan %1</translation>
    </message>
</context>
<context>
    <name>ra::SandboxControl</name>
    <message>
        <source>Opening the local sandbox&apos;s demo community…</source>
        <translation>Membuka komuniti demo kotak pasir setempat…</translation>
    </message>
    <message numerus="yes">
        <source>Starting the local sandbox with %n demo member(s)…</source>
        <translation>
            <numerusform>Memulakan kotak pasir setempat dengan %n ahli demo…</numerusform>
        </translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Kotak pasir setempat</translation>
    </message>
    <message>
        <source>The demo community is in use by another Returning Admin window.</source>
        <translation>Komuniti demo sedang digunakan oleh tetingkap Returning Admin yang lain.</translation>
    </message>
    <message>
        <source>This window works on a temporary demo community instead. What you change here is lost when you quit; the kept demo community (%1) is not touched.</source>
        <translation>Sebaliknya, tetingkap ini menggunakan komuniti demo sementara. Perubahan yang anda buat di sini akan hilang apabila anda keluar; komuniti demo yang disimpan (%1) tidak diusik.</translation>
    </message>
    <message>
        <source>The local sandbox could not start.</source>
        <translation>Kotak pasir setempat tidak dapat dimulakan.</translation>
    </message>
    <message>
        <source>Reset Demo Community</source>
        <translation>Tetapkan Semula Komuniti Demo</translation>
    </message>
    <message>
        <source>Reset this window&apos;s temporary demo community?</source>
        <translation>Tetapkan semula komuniti demo sementara bagi tetingkap ini?</translation>
    </message>
    <message>
        <source>Reset the demo community kept in %1?</source>
        <translation>Tetapkan semula komuniti demo yang disimpan dalam %1?</translation>
    </message>
    <message numerus="yes">
        <source>Everything in the local sandbox is deleted: the members you imported or created, the badges, roles and channels you added or changed, and the API log. A new demo community with %n member(s) takes its place. This cannot be undone.</source>
        <translation>
            <numerusform>Semua kandungan dalam kotak pasir setempat akan dipadam: ahli yang anda import atau cipta, lencana, peranan dan saluran yang anda tambah atau ubah, serta log API. Komuniti demo baharu dengan %n ahli akan menggantikannya. Tindakan ini tidak boleh dibuat asal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tetapkan Semula</translation>
    </message>
    <message>
        <source>Resetting the local sandbox to a new demo community…</source>
        <translation>Menetapkan semula kotak pasir setempat kepada komuniti demo baharu…</translation>
    </message>
    <message>
        <source>Local sandbox ready on 127.0.0.1:%1.</source>
        <translation>Kotak pasir setempat sedia di 127.0.0.1:%1.</translation>
    </message>
</context>
<context>
    <name>ra::SavedFilterMenu</name>
    <message>
        <source>There is no saved filter named &quot;%1&quot;.</source>
        <translation>Tiada penapis tersimpan bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The saved filter &quot;%1&quot; cannot be read: %2</source>
        <translation>Penapis tersimpan &quot;%1&quot; tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation>Tiada penapis tersimpan</translation>
    </message>
    <message>
        <source>&amp;Save Current Filter…</source>
        <translation>&amp;Simpan Penapis Semasa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Padam</translation>
    </message>
</context>
<context>
    <name>ra::SecureAuthDialog</name>
    <message>
        <source>Valid until %1, for one login.</source>
        <translation>Sah sehingga %1, untuk satu log masuk.</translation>
    </message>
    <message>
        <source>The API does not say how long this URL stays valid; it is meant for one login. Anyone holding it can log in as the member.</source>
        <translation>API tidak menyatakan tempoh URL ini kekal sah; URL ini bertujuan untuk satu log masuk. Sesiapa yang memilikinya boleh log masuk sebagai ahli tersebut.</translation>
    </message>
    <message>
        <source>Secure Auth Login Link</source>
        <translation>Pautan Log Masuk Secure Auth</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Ahli:</translation>
    </message>
    <message>
        <source>id, username or e-mail</source>
        <translation>ID, nama pengguna atau e-mel</translation>
    </message>
    <message>
        <source>&amp;Get Link</source>
        <translation>&amp;Dapatkan Pautan</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Buka dalam Pelayar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
</context>
<context>
    <name>ra::SecureAuthLinks</name>
    <message>
        <source>Enter the member&apos;s id, username or e-mail address</source>
        <translation>Masukkan ID, nama pengguna atau alamat e-mel ahli</translation>
    </message>
    <message>
        <source>Secure Auth gave no login URL for %1</source>
        <translation>Secure Auth tidak memberikan URL log masuk untuk %1</translation>
    </message>
    <message>
        <source>Secure Auth refused %1: %2</source>
        <translation>Secure Auth menolak %1: %2</translation>
    </message>
    <message>
        <source>No login URL for %1: %2</source>
        <translation>Tiada URL log masuk untuk %1: %2</translation>
    </message>
</context>
<context>
    <name>ra::ServerDialog</name>
    <message>
        <source>New Server</source>
        <translation>Pelayan Baharu</translation>
    </message>
    <message>
        <source>Edit Server &quot;%1&quot;</source>
        <translation>Edit Pelayan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Cipta</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>ra::ServerPicker</name>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Pelayan:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Pelayan</translation>
    </message>
    <message>
        <source>The server whose items this pane shows</source>
        <translation>Pelayan yang itemnya ditunjukkan oleh anak tetingkap ini</translation>
    </message>
</context>
<context>
    <name>ra::ServerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dicipta</translation>
    </message>
</context>
<context>
    <name>ra::ServersPane</name>
    <message>
        <source>Servers</source>
        <translation>Pelayan</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) on this server, in hierarchy order.</source>
        <translation>
            <numerusform>%n peranan pada pelayan ini, mengikut susunan hierarki.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) on this server.</source>
        <translation>
            <numerusform>%n saluran pada pelayan ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search servers (Ctrl+F)</source>
        <translation>Cari pelayan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search servers</source>
        <translation>Cari pelayan</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Pelayan baharu</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>Edit pelayan</translation>
    </message>
    <message>
        <source>Delete server</source>
        <translation>Padam pelayan</translation>
    </message>
    <message>
        <source>Refresh servers</source>
        <translation>Segar semula pelayan</translation>
    </message>
    <message>
        <source>Loading servers…</source>
        <translation>Memuatkan pelayan…</translation>
    </message>
    <message>
        <source>The servers could not be loaded.</source>
        <translation>Pelayan tidak dapat dimuatkan.</translation>
    </message>
    <message>
        <source>This account has no servers yet. Press Ctrl+N to create one.</source>
        <translation>Akaun ini belum mempunyai pelayan. Tekan Ctrl+N untuk menciptanya.</translation>
    </message>
    <message>
        <source>Could not load the servers: %1</source>
        <translation>Tidak dapat memuatkan pelayan: %1</translation>
    </message>
    <message>
        <source>Could not refresh the servers: %1 The table shows the last loaded list.</source>
        <translation>Tidak dapat menyegar semula pelayan: %1 Jadual menunjukkan senarai yang terakhir dimuatkan.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Selected server</source>
        <translation>Pelayan yang dipilih</translation>
    </message>
    <message>
        <source>Roles of the selected server</source>
        <translation>Peranan pelayan yang dipilih</translation>
    </message>
    <message>
        <source>Channels of the selected server</source>
        <translation>Saluran pelayan yang dipilih</translation>
    </message>
    <message>
        <source>Edit server &quot;%1&quot;</source>
        <translation>Edit pelayan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rename the server “%1” to “%2”?</source>
        <translation>Namakan semula pelayan “%1” kepada “%2”?</translation>
    </message>
    <message>
        <source>Rename server &quot;%1&quot;</source>
        <translation>Namakan semula pelayan &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ra::SubcommandArgs</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 memerlukan nilai</translation>
    </message>
    <message>
        <source>--base-url takes FAMILY=URL, not &quot;%1&quot;</source>
        <translation>--base-url menerima FAMILY=URL, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--base-url must not contain a user name or password; give the key with a key option or its variable</source>
        <translation>--base-url tidak boleh mengandungi nama pengguna atau kata laluan; berikan kunci dengan pilihan kunci atau pemboleh ubahnya</translation>
    </message>
</context>
<context>
    <name>ra::TableCsvWriter</name>
    <message>
        <source>Cannot write row %1: %2</source>
        <translation>Tidak dapat menulis baris %1: %2</translation>
    </message>
</context>
<context>
    <name>ra::UploadDevice</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
</context>
<context>
    <name>ra::UserActivityView</name>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 hari terakhir</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Setahun terakhir</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Julat tersuai</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Julat tarikh</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dari tarikh</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hingga tarikh</translation>
    </message>
    <message>
        <source>Daily XP and coins</source>
        <translation>XP dan syiling harian</translation>
    </message>
    <message>
        <source>Daily messages, replies, reactions and socials</source>
        <translation>Mesej, balasan, reaksi dan sosial harian</translation>
    </message>
    <message>
        <source>Daily activity table</source>
        <translation>Jadual aktiviti harian</translation>
    </message>
</context>
<context>
    <name>ra::UserApiKeysSection</name>
    <message>
        <source>The API keys could not be read: %1</source>
        <translation>Kunci API tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The login has expired. Log in again to see and manage this member&apos;s API keys.</source>
        <translation>Log masuk telah tamat tempoh. Log masuk semula untuk melihat dan mengurus kunci API ahli ini.</translation>
    </message>
    <message>
        <source>Managing a member&apos;s API keys needs a login to an account.</source>
        <translation>Pengurusan kunci API ahli memerlukan log masuk ke akaun.</translation>
    </message>
    <message>
        <source>The key was not created: %1</source>
        <translation>Kunci tidak dicipta: %1</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; was not changed: %2</source>
        <translation>Kunci &quot;%1&quot; tidak diubah: %2</translation>
    </message>
    <message>
        <source>Delete API Key</source>
        <translation>Padam Kunci API</translation>
    </message>
    <message>
        <source>Delete the API key &quot;%1&quot;?</source>
        <translation>Padam kunci API &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Delete the API key &quot;%1&quot; of %2?</source>
        <translation>Padam kunci API &quot;%1&quot; milik %2?</translation>
    </message>
    <message>
        <source>Whatever uses this key stops working at once. This cannot be undone: a new key has a new secret.</source>
        <translation>Apa-apa sahaja yang menggunakan kunci ini akan berhenti berfungsi serta-merta. Tindakan ini tidak boleh dibuat asal: kunci baharu mempunyai rahsia baharu.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; was not deleted: %2</source>
        <translation>Kunci &quot;%1&quot; tidak dipadam: %2</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>&amp;Log Masuk…</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>Kunci &amp;Baharu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Padam…</translation>
    </message>
    <message>
        <source>&amp;Info…</source>
        <translation>&amp;Maklumat…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Segar Semula</translation>
    </message>
</context>
<context>
    <name>ra::UserDetailPanel</name>
    <message>
        <source>Saved %1.</source>
        <translation>%1 disimpan.</translation>
    </message>
    <message>
        <source>Select a user to see their details and activity.</source>
        <translation>Pilih pengguna untuk melihat butiran dan aktivitinya.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Butiran</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktiviti</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>ID pengguna:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mel:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Nama pertama:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nama akhir:</translation>
    </message>
    <message>
        <source>XP:</source>
        <translation>XP:</translation>
    </message>
    <message>
        <source>Coins:</source>
        <translation>Syiling:</translation>
    </message>
    <message>
        <source>XP today:</source>
        <translation>XP hari ini:</translation>
    </message>
    <message>
        <source>Coins today:</source>
        <translation>Syiling hari ini:</translation>
    </message>
    <message>
        <source>Highest role:</source>
        <translation>Peranan tertinggi:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Peranan:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Negara:</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>Menyertai:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Mesej:</translation>
    </message>
    <message>
        <source>Reactions:</source>
        <translation>Reaksi:</translation>
    </message>
    <message>
        <source>Replies sent:</source>
        <translation>Balasan dihantar:</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>Lawatan:</translation>
    </message>
    <message>
        <source>Time spent:</source>
        <translation>Masa diluangkan:</translation>
    </message>
    <message>
        <source>Login streak:</source>
        <translation>Rentetan log masuk:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roles on this server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Peranan pada pelayan ini&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Custom fields&lt;/b&gt;</source>
        <translation>&lt;b&gt;Medan tersuai&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Roles on this server</source>
        <translation>Peranan pada pelayan ini</translation>
    </message>
    <message>
        <source>&amp;Delete User…</source>
        <translation>&amp;Padam Pengguna…</translation>
    </message>
    <message>
        <source>&amp;Restore User…</source>
        <translation>Pu&amp;lihkan Pengguna…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Padam…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Padam pengguna</translation>
    </message>
    <message>
        <source>Restore user</source>
        <translation>Pulihkan pengguna</translation>
    </message>
    <message>
        <source>Delete this user&apos;s account (Ctrl+Shift+Del)</source>
        <translation>Padam akaun pengguna ini (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <source>Restore this deleted account (Ctrl+Shift+R)</source>
        <translation>Pulihkan akaun yang dipadam ini (Ctrl+Shift+R)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
    </message>
    <message>
        <source>%1 — deleted</source>
        <translation>%1 — dipadam</translation>
    </message>
    <message>
        <source>(could not be loaded)</source>
        <translation>(tidak dapat dimuatkan)</translation>
    </message>
    <message>
        <source>The user could not be loaded: %1</source>
        <translation>Pengguna tidak dapat dimuatkan: %1</translation>
    </message>
    <message>
        <source>The user&apos;s roles could not be loaded: %1</source>
        <translation>Peranan pengguna tidak dapat dimuatkan: %1</translation>
    </message>
    <message>
        <source>The XP and coins history could not be loaded: %1</source>
        <translation>Sejarah XP dan syiling tidak dapat dimuatkan: %1</translation>
    </message>
    <message>
        <source>The activity stats could not be loaded: %1</source>
        <translation>Statistik aktiviti tidak dapat dimuatkan: %1</translation>
    </message>
    <message>
        <source>Restore User</source>
        <translation>Pulihkan Pengguna</translation>
    </message>
    <message>
        <source>Restore the account of &quot;%1&quot; (%2)?</source>
        <translation>Pulihkan akaun &quot;%1&quot; (%2)?</translation>
    </message>
    <message>
        <source>The user can sign in again.</source>
        <translation>Pengguna boleh log masuk semula.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Padam Pengguna</translation>
    </message>
    <message>
        <source>Delete the account of &quot;%1&quot; (%2)?</source>
        <translation>Padam akaun &quot;%1&quot; (%2)?</translation>
    </message>
    <message>
        <source>The user can no longer sign in. You can restore the account later.</source>
        <translation>Pengguna tidak lagi boleh log masuk. Anda boleh memulihkan akaun ini kemudian.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored: %2</source>
        <translation>&quot;%1&quot; tidak dipulihkan: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted: %2</source>
        <translation>&quot;%1&quot; tidak dipadam: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was restored.</source>
        <translation>&quot;%1&quot; telah dipulihkan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted.</source>
        <translation>&quot;%1&quot; telah dipadam.</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot;: the account does not exist or was deleted.</source>
        <translation>Tiada pengguna &quot;%1&quot;: akaun tidak wujud atau telah dipadam.</translation>
    </message>
    <message>
        <source>As the server reports it: the Returning.AI API does not say whether this is in seconds or minutes.</source>
        <translation>Seperti yang dilaporkan oleh pelayan: API Returning.AI tidak menyatakan sama ada nilai ini dalam saat atau minit.</translation>
    </message>
    <message>
        <source>%1 (no unit given by the API)</source>
        <translation>%1 (tiada unit diberikan oleh API)</translation>
    </message>
</context>
<context>
    <name>ra::UserFieldDialog</name>
    <message>
        <source>New User Field</source>
        <translation>Medan Pengguna Baharu</translation>
    </message>
    <message>
        <source>Edit User Field &quot;%1&quot;</source>
        <translation>Edit Medan Pengguna &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Kunci:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Default value:</source>
        <translation>Nilai &amp;lalai:</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>Senarai &amp;pilihan:</translation>
    </message>
    <message>
        <source>&amp;Required: every member must have a value</source>
        <translation>&amp;Diperlukan: setiap ahli mesti mempunyai nilai</translation>
    </message>
    <message>
        <source>The key the API stores values under; spaces become hyphens. It cannot be changed later.</source>
        <translation>Kunci yang digunakan oleh API untuk menyimpan nilai; ruang ditukar menjadi tanda sempang. Kunci ini tidak boleh diubah kemudian.</translation>
    </message>
    <message>
        <source>The key cannot be changed once the field exists.</source>
        <translation>Kunci tidak boleh diubah setelah medan wujud.</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>Satu pilihan setiap baris</translation>
    </message>
    <message>
        <source>The choices of a Choice field, one per line.</source>
        <translation>Pilihan bagi medan Pilihan, satu setiap baris.</translation>
    </message>
    <message>
        <source>The value a member without one gets; it must suit the type.</source>
        <translation>Nilai yang diterima oleh ahli yang tiada nilai; nilai ini mesti sesuai dengan jenisnya.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Cipta</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>ra::UserFieldTableModel</name>
    <message>
        <source>Required</source>
        <translation>Diperlukan</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Lalai</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Senarai pilihan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dicipta</translation>
    </message>
</context>
<context>
    <name>ra::UserFieldsPane</name>
    <message>
        <source>User Fields</source>
        <translation>Medan Pengguna</translation>
    </message>
    <message>
        <source>User fields</source>
        <translation>Medan pengguna</translation>
    </message>
    <message>
        <source>User fields of %1</source>
        <translation>Medan pengguna %1</translation>
    </message>
    <message>
        <source>Search user fields (Ctrl+F)</source>
        <translation>Cari medan pengguna (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search user fields</source>
        <translation>Cari medan pengguna</translation>
    </message>
    <message>
        <source>New user field</source>
        <translation>Medan pengguna baharu</translation>
    </message>
    <message>
        <source>Edit user field</source>
        <translation>Edit medan pengguna</translation>
    </message>
    <message>
        <source>Delete user field</source>
        <translation>Padam medan pengguna</translation>
    </message>
    <message>
        <source>Refresh user fields</source>
        <translation>Segar semula medan pengguna</translation>
    </message>
    <message>
        <source>Loading user fields…</source>
        <translation>Memuatkan medan pengguna…</translation>
    </message>
    <message>
        <source>The user fields could not be loaded.</source>
        <translation>Medan pengguna tidak dapat dimuatkan.</translation>
    </message>
    <message>
        <source>This community has no custom user fields yet. Press Ctrl+N to create one.</source>
        <translation>Komuniti ini belum mempunyai medan pengguna tersuai. Tekan Ctrl+N untuk menciptanya.</translation>
    </message>
    <message>
        <source>Could not load the user fields: %1</source>
        <translation>Tidak dapat memuatkan medan pengguna: %1</translation>
    </message>
    <message>
        <source>Could not refresh the user fields: %1 The table shows the last loaded list.</source>
        <translation>Tidak dapat menyegar semula medan pengguna: %1 Jadual menunjukkan senarai yang terakhir dimuatkan.</translation>
    </message>
    <message>
        <source>Create user field &quot;%1&quot;</source>
        <translation>Cipta medan pengguna &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit user field &quot;%1&quot;</source>
        <translation>Edit medan pengguna &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete User Field</source>
        <translation>Padam Medan Pengguna</translation>
    </message>
    <message>
        <source>Delete the user field &quot;%1&quot; of %2?</source>
        <translation>Padam medan pengguna &quot;%1&quot; bagi %2?</translation>
    </message>
    <message>
        <source>Every member&apos;s value of &quot;%1&quot; is lost with it, and its history. Undo re-creates the field with the same key, type and options, but not the members&apos; values.</source>
        <translation>Nilai &quot;%1&quot; bagi setiap ahli akan hilang bersamanya, termasuk sejarahnya. Buat Asal akan mencipta semula medan dengan kunci, jenis dan pilihan yang sama, tetapi bukan nilai ahli.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>Delete user field &quot;%1&quot;</source>
        <translation>Padam medan pengguna &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ra::UserFilterBar</name>
    <message>
        <source>XP: the minimum is above the maximum.</source>
        <translation>XP: nilai minimum melebihi nilai maksimum.</translation>
    </message>
    <message>
        <source>Coins: the minimum is above the maximum.</source>
        <translation>Syiling: nilai minimum melebihi nilai maksimum.</translation>
    </message>
    <message>
        <source>Joined between: the first date is after the second.</source>
        <translation>Menyertai antara: tarikh pertama terkemudian daripada tarikh kedua.</translation>
    </message>
    <message>
        <source>Mo&amp;re filters</source>
        <translation>Lebih &amp;banyak penapis</translation>
    </message>
    <message numerus="yes">
        <source>Mo&amp;re filters (%n set)</source>
        <translation>
            <numerusform>Lebih &amp;banyak penapis (%n ditetapkan)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tiada)</translation>
    </message>
    <message>
        <source>Custom field: choose the field to match.</source>
        <translation>Medan tersuai: pilih medan untuk dipadankan.</translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation>Medan tersuai %1</translation>
    </message>
</context>
<context>
    <name>ra::UserFilterSpec</name>
    <message>
        <source>Filter field &apos;%1&apos; has a value of the wrong type</source>
        <translation>Medan penapis &apos;%1&apos; mempunyai nilai jenis yang salah</translation>
    </message>
    <message>
        <source>Filter field &apos;%1.%2&apos; is not a valid range bound</source>
        <translation>Medan penapis &apos;%1.%2&apos; bukan batas julat yang sah</translation>
    </message>
    <message>
        <source>The saved filter is not a JSON object: %1</source>
        <translation>Penapis tersimpan bukan objek JSON: %1</translation>
    </message>
</context>
<context>
    <name>ra::UserList</name>
    <message>
        <source>Line %1: blank, skipped</source>
        <translation>Baris %1: kosong, dilangkau</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; repeats line %3, sent once</source>
        <translation>Baris %1: &quot;%2&quot; mengulangi baris %3, dihantar sekali</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a member id, username or e-mail</source>
        <translation>Baris %1: &quot;%2&quot; bukan ID ahli, nama pengguna atau e-mel</translation>
    </message>
    <message>
        <source>The member list is not a text file</source>
        <translation>Senarai ahli bukan fail teks</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Lajur %1</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;; its columns are: %2</source>
        <translation>Fail tiada lajur &quot;%1&quot;; lajurnya ialah: %2</translation>
    </message>
    <message>
        <source>No column holds member ids, usernames or e-mails; choose one (columns: %1)</source>
        <translation>Tiada lajur yang mengandungi ID ahli, nama pengguna atau e-mel; pilih satu (lajur: %1)</translation>
    </message>
</context>
<context>
    <name>ra::UserListDialog</name>
    <message>
        <source>Give %1 to…</source>
        <translation>Berikan %1 kepada…</translation>
    </message>
    <message>
        <source>Who should get %1? One member a line: an id, a username or an e-mail. Nothing is sent before you see what will happen.</source>
        <translation>Siapakah yang patut menerima %1? Satu ahli setiap baris: ID, nama pengguna atau e-mel. Tiada apa-apa yang dihantar sebelum anda melihat perkara yang akan berlaku.</translation>
    </message>
    <message>
        <source>jurgen.muller
ingrid@example.com
17</source>
        <translation>ahmad.ismail
siti@example.com
17</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Teruskan</translation>
    </message>
</context>
<context>
    <name>ra::UserResolver</name>
    <message>
        <source>no member has this username or e-mail</source>
        <translation>tiada ahli yang mempunyai nama pengguna atau e-mel ini</translation>
    </message>
    <message>
        <source>the lookup failed: %1</source>
        <translation>carian gagal: %1</translation>
    </message>
    <message>
        <source>matched %1 members</source>
        <translation>sepadan dengan %1 ahli</translation>
    </message>
    <message>
        <source>known before sending (Get role list of user)</source>
        <translation>diketahui sebelum dihantar (Get role list of user)</translation>
    </message>
</context>
<context>
    <name>ra::UserTableModel</name>
    <message>
        <source>User ID</source>
        <translation>ID Pengguna</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nama pertama</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nama akhir</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nama paparan</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Tarikh sertai</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>XP</source>
        <translation>XP</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Syiling</translation>
    </message>
</context>
<context>
    <name>ra::UsersPane</name>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Quick filter over the loaded users (Ctrl+F)</source>
        <translation>Penapis pantas bagi pengguna yang dimuatkan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Penapis pantas</translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation>Pengguna &amp;Baharu…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Pengguna baharu</translation>
    </message>
    <message>
        <source>Create a user (Ctrl+N)</source>
        <translation>Cipta pengguna (Ctrl+N)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Eksport CSV…</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Eksport ke CSV</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Segar Semula</translation>
    </message>
    <message>
        <source>Refresh users</source>
        <translation>Segar semula pengguna</translation>
    </message>
    <message>
        <source>Load the users again (F5)</source>
        <translation>Muatkan semula pengguna (F5)</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose columns</source>
        <translation>Klik untuk mengisih; klik kanan untuk memilih lajur</translation>
    </message>
    <message>
        <source>Users status</source>
        <translation>Status pengguna</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Pengguna Baharu</translation>
    </message>
    <message>
        <source>Export Users to CSV</source>
        <translation>Eksport Pengguna ke CSV</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Cuba Semula</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Ahli</translation>
    </message>
    <message>
        <source>C&amp;ommunity</source>
        <translation>K&amp;omuniti</translation>
    </message>
    <message>
        <source>Could not load the users: %1</source>
        <translation>Tidak dapat memuatkan pengguna: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n ditunjukkan</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>memuatkan…</translation>
    </message>
    <message>
        <source>all loaded</source>
        <translation>semua dimuatkan</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>Simpan Penapis</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>Nama penapis:</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Eksport Pengguna</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fail CSV (*.csv);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Res&amp;tore User…</source>
        <translation>Pu&amp;lihkan Pengguna…</translation>
    </message>
    <message>
        <source>Restore a deleted user</source>
        <translation>Pulihkan pengguna yang dipadam</translation>
    </message>
    <message>
        <source>Restore a deleted account by username, e-mail or id</source>
        <translation>Pulihkan akaun yang dipadam mengikut nama pengguna, e-mel atau ID</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 dan %n lagi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n member(s): %1?</source>
        <translation>
            <numerusform>Padam %n ahli: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Users</source>
        <translation>Padam Pengguna</translation>
    </message>
    <message>
        <source>They can no longer sign in. You can restore an account later (Restore User…).</source>
        <translation>Mereka tidak lagi boleh log masuk. Anda boleh memulihkan akaun kemudian (Pulihkan Pengguna…).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n member(s).</source>
        <translation>
            <numerusform>%n ahli telah dipadam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Tidak dipadam: %1</translation>
    </message>
    <message>
        <source>Save every member the filter matches, in the columns shown, as CSV (Ctrl+E)</source>
        <translation>Simpan setiap ahli yang sepadan dengan penapis, dalam lajur yang ditunjukkan, sebagai CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>Batalkan E&amp;ksport</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Users…</source>
        <translation>&amp;Padam Pengguna Dipilih…</translation>
    </message>
    <message>
        <source>Delete the accounts of the highlighted rows (Del)</source>
        <translation>Padam akaun bagi baris yang diserlahkan (Del)</translation>
    </message>
    <message>
        <source>%1 of %2 matching</source>
        <translation>%1 daripada %2 sepadan</translation>
    </message>
    <message>
        <source>%1 matching</source>
        <translation>%1 sepadan</translation>
    </message>
    <message>
        <source>%1 loaded, total unknown</source>
        <translation>%1 dimuatkan, jumlah tidak diketahui</translation>
    </message>
    <message>
        <source>exporting: %1 of %2 written</source>
        <translation>mengeksport: %1 daripada %2 ditulis</translation>
    </message>
    <message>
        <source>exporting: %1 written</source>
        <translation>mengeksport: %1 ditulis</translation>
    </message>
    <message>
        <source>Exporting every member the filter matches to %1, page by page…</source>
        <translation>Mengeksport setiap ahli yang sepadan dengan penapis ke %1, halaman demi halaman…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1.</source>
        <translation>
            <numerusform>%n ahli telah dieksport ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are in the server&apos;s order: the table&apos;s sort applies only to the loaded rows.</source>
        <translation>Ahli disusun mengikut tertib pelayan: isihan jadual hanya digunakan pada baris yang dimuatkan.</translation>
    </message>
    <message>
        <source>%1 of at most %2 matching</source>
        <translation>%1 daripada maksimum %2 sepadan</translation>
    </message>
    <message>
        <source>Member details</source>
        <translation>Butiran ahli</translation>
    </message>
</context>
</TS>
