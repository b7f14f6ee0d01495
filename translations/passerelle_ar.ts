<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>تصدير الرسم البياني</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>لم يُحفظ الرسم البياني</translation>
    </message>
    <message>
        <source>The file could not be written there.</source>
        <translation>تعذّرت كتابة الملف في هذا المكان.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo profile with fictional cases, deleted when you quit. Passphrase: %1</source>
        <translation>ملف تعريف تجريبي يحتوي على حالات وهمية، يُحذف عند الخروج. عبارة المرور: %1</translation>
    </message>
</context>
<context>
    <name>CaseFilePage</name>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;نقل إلى…</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>إ&amp;غلاق الحالة…</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>إعادة &amp;فتح الحالة</translation>
    </message>
    <message>
        <source>&amp;Erase case…</source>
        <translation>&amp;محو الحالة…</translation>
    </message>
    <message>
        <source>Delete this case everywhere, for good (right to erasure)</source>
        <translation>حذف هذه الحالة من كل مكان نهائيًا (الحق في المحو)</translation>
    </message>
    <message>
        <source>Suggested field-guide sections</source>
        <translation>أقسام مقترحة من الدليل الميداني</translation>
    </message>
    <message>
        <source>Save summary as &amp;PDF…</source>
        <translation>حفظ الملخص بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>A summary of the case to print or hand over (written to the audit trail)</source>
        <translation>ملخص للحالة للطباعة أو التسليم (يُسجَّل في سجل التدقيق)</translation>
    </message>
    <message>
        <source>Full summary…</source>
        <translation>ملخص كامل…</translation>
    </message>
    <message>
        <source>Leave out contact details and exact addresses…</source>
        <translation>من دون بيانات الاتصال والعناوين الدقيقة…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;تراجع عن التغييرات</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة المعيشية</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>الاستمارات</translation>
    </message>
    <message>
        <source>Field guide:</source>
        <translation>الدليل الميداني:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>هل تريد حفظ التغييرات على %1؟</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>لم يتغير الوضع</translation>
    </message>
    <message>
        <source>Save the case summary</source>
        <translation>حفظ ملخص الحالة</translation>
    </message>
    <message>
        <source>Summary not saved</source>
        <translation>لم يُحفظ الملخص</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Estimated</source>
        <translation>تقديري</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>العمر غير معروف</translation>
    </message>
    <message>
        <source>Age in years (fills an estimated date of birth)</source>
        <translation>العمر بالسنوات (يملأ تاريخ ميلاد تقديريًا)</translation>
    </message>
    <message>
        <source>e.g. Wolof, French</source>
        <translation>مثلاً: العربية, الفرنسية</translation>
    </message>
    <message>
        <source>or age</source>
        <translation>أو العمر</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>العائد</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>العودة</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>إدارة الحالة</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>A field of this case was changed on two laptops: click to choose the value to keep</source>
        <translation>عُدّل حقل من هذه الحالة على حاسوبين: انقر لاختيار القيمة التي تُبقي عليها</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بدون اسم)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>العمر: %n سنة</numerusform>
            <numerusform>العمر: %n سنة</numerusform>
            <numerusform>العمر: %n سنة</numerusform>
            <numerusform>العمر: %n سنوات</numerusform>
            <numerusform>العمر: %n سنة</numerusform>
            <numerusform>العمر: %n سنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>returned %n day(s) ago</source>
        <translation>
            <numerusform>مضى على العودة %n يوم</numerusform>
            <numerusform>مضى على العودة %n يوم</numerusform>
            <numerusform>مضى على العودة %n يوم</numerusform>
            <numerusform>مضى على العودة %n أيام</numerusform>
            <numerusform>مضى على العودة %n يومًا</numerusform>
            <numerusform>مضى على العودة %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up overdue by %n day(s)</source>
        <translation>
            <numerusform>المتابعة متأخرة %n يوم</numerusform>
            <numerusform>المتابعة متأخرة %n يوم</numerusform>
            <numerusform>المتابعة متأخرة %n يوم</numerusform>
            <numerusform>المتابعة متأخرة %n أيام</numerusform>
            <numerusform>المتابعة متأخرة %n يومًا</numerusform>
            <numerusform>المتابعة متأخرة %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Next follow-up: %1</source>
        <translation>المتابعة التالية: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search by name, case number, phone or community</source>
        <translation>ابحث بالاسم أو رقم الحالة أو الهاتف أو المجتمع المحلي</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>البحث في الحالات</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>تصفية حسب الوضع</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>جميع الأوضاع</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>الحالات المفتوحة</translation>
    </message>
    <message>
        <source>Any vulnerability</source>
        <translation>جميع أوجه الضعف</translation>
    </message>
    <message>
        <source>Vulnerability filter</source>
        <translation>تصفية حسب الهشاشة</translation>
    </message>
    <message>
        <source>Follow-up filter</source>
        <translation>تصفية حسب المتابعة</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>جميع المتابعات</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>متابعة متأخرة</translation>
    </message>
    <message>
        <source>Assigned to &amp;me</source>
        <translation>المسندة إ&amp;ليّ</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>حالة &amp;جديدة</translation>
    </message>
    <message>
        <source>Number of cases found</source>
        <translation>عدد الحالات التي تم العثور عليها</translation>
    </message>
    <message>
        <source>Show every case again</source>
        <translation>عرض جميع الحالات مجددًا</translation>
    </message>
    <message>
        <source>Clear the report filter</source>
        <translation>إزالة عامل تصفية التقرير</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Filtered by: %1</source>
        <translation>مصفّاة حسب: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln حالة</numerusform>
            <numerusform>%Ln حالة</numerusform>
            <numerusform>%Ln حالة</numerusform>
            <numerusform>%Ln حالات</numerusform>
            <numerusform>%Ln حالة</numerusform>
            <numerusform>%Ln حالة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation>رقم الحالة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>المجتمع المحلي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>أوجه الضعف</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>المتابعة التالية</translation>
    </message>
    <message>
        <source>Sync conflict to look at: open the case file</source>
        <translation>تعارض مزامنة للمراجعة: افتح ملف الحالة</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>متابعة متأخرة</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>عبارة المرور ال&amp;حالية</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>إغلاق الحالة</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>إغلاق الحالة</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>اختر سببًا…</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>What happened? For early exits, what led to it?</source>
        <translation>ماذا حدث؟ وعند الخروج المبكر من البرنامج، ما الذي أدى إليه؟</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>The same field was changed on this computer and on another one. The newer change was applied everywhere; keep it, or choose the other value.</source>
        <translation>عُدّل الحقل نفسه على هذا الحاسوب وعلى حاسوب آخر. طُبّق التعديل الأحدث في كل مكان؛ أبقِه أو اختر القيمة الأخرى.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>القيمة الأخرى</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>المطبَّقة</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>إبقاء &amp;قيمتي</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>إبقاء القيمة &amp;الأخرى</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>الأخرى</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>ال&amp;غرض</translation>
    </message>
    <message>
        <source>The returnee gives consent</source>
        <translation>يمنح العائد موافقته</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>For a referral: the service provider named to the returnee</source>
        <translation>عند الإحالة: مقدم الخدمة الذي أُبلغ به العائد</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>مقدم ال&amp;خدمة</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;ملاحظة</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Consent history</source>
        <translation>سجل الموافقات</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>ت&amp;سجيل الموافقة…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجَّلة</translation>
    </message>
    <message>
        <source>given on %1 (recorded by %2)</source>
        <translation>مُنحت في %1 (سجّلها %2)</translation>
    </message>
    <message>
        <source>refused or withdrawn on %1</source>
        <translation>رُفضت أو سُحبت في %1</translation>
    </message>
    <message>
        <source>given</source>
        <translation>مُنحت</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>رُفضت</translation>
    </message>
</context>
<context>
    <name>CreateProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>ملف تعريف جديد</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>إنشاء ملف التعريف</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;اسمك</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>ال&amp;مكتب</translation>
    </message>
    <message>
        <source>Office &amp;code (for case numbers)</source>
        <translation>&amp;رمز المكتب (لأرقام الحالات)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>ال&amp;دور</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Caseload dashboard</source>
        <translation>لوحة متابعة الحالات</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Save caseload report as &amp;PDF…</source>
        <translation>حفظ التقرير بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>The numbers shown, as tables and charts to print (written to the audit trail)</source>
        <translation>الأرقام المعروضة في جداول ورسوم بيانية للطباعة (يُسجَّل في سجل التدقيق)</translation>
    </message>
    <message>
        <source>Every case of the office</source>
        <translation>جميع حالات المكتب</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>متابعة متأخرة</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <source>Save the caseload report</source>
        <translation>حفظ تقرير الحالات</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>لم يُحفظ التقرير</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n حالة</numerusform>
            <numerusform>%n حالة</numerusform>
            <numerusform>%n حالتان</numerusform>
            <numerusform>%n حالات</numerusform>
            <numerusform>%n حالة</numerusform>
            <numerusform>%n حالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) with both dates</source>
        <translation>
            <numerusform>%n حالة بالتاريخين</numerusform>
            <numerusform>%n حالة بالتاريخين</numerusform>
            <numerusform>%n حالتان بالتاريخين</numerusform>
            <numerusform>%n حالات بالتاريخين</numerusform>
            <numerusform>%n حالة بالتاريخين</numerusform>
            <numerusform>%n حالة بالتاريخين</numerusform>
        </translation>
    </message>
    <message>
        <source>No case yet.</source>
        <translation>لا توجد حالات بعد.</translation>
    </message>
    <message>
        <source>No open case.</source>
        <translation>لا توجد حالات مفتوحة.</translation>
    </message>
    <message>
        <source>No plan item yet.</source>
        <translation>لا توجد بنود خطة بعد.</translation>
    </message>
    <message>
        <source>Items of each case&apos;s latest plan, cancelled ones left out; a link opens the cases with such an item.</source>
        <translation>بنود أحدث خطة لكل حالة، دون البنود الملغاة؛ يفتح الرابط الحالات التي تتضمن هذا البند.</translation>
    </message>
    <message>
        <source>No referral yet.</source>
        <translation>لا توجد إحالات بعد.</translation>
    </message>
    <message>
        <source>Open these cases in the case list</source>
        <translation>فتح هذه الحالات في قائمة الحالات</translation>
    </message>
</context>
<context>
    <name>EraseCaseDialog</name>
    <message>
        <source>Erase the case</source>
        <translation>محو الحالة</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>محو</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بدون اسم)</translation>
    </message>
    <message>
        <source>Erase the case of %1 (%2)?</source>
        <translation>هل تريد محو حالة %1 (%2)؟</translation>
    </message>
    <message>
        <source>Every record of this case is deleted: the profile, household, consent, forms and follow-ups. It is deleted from this laptop now, and from headquarters and every other laptop of the office at their next sync.</source>
        <translation>يُحذف كل ما يخص هذه الحالة: الملف الشخصي والأسرة المعيشية والموافقة والاستمارات والمتابعات. يُحذف من هذا الحاسوب الآن، ومن المقر ومن كل حواسيب المكتب الأخرى عند مزامنتها التالية.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>The audit trail keeps that the case was erased, when, by whom and why, but nothing of what it contained.</source>
        <translation>يحتفظ سجل التدقيق بأن الحالة مُحيت، ومتى، وعلى يد من، ولماذا، ولكن لا يحتفظ بشيء من محتواها.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>اختر سببًا…</translation>
    </message>
    <message>
        <source>To confirm, type the case number %1:</source>
        <translation>للتأكيد، اكتب رقم الحالة %1:</translation>
    </message>
    <message>
        <source>Case &amp;number</source>
        <translation>&amp;رقم الحالة</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export cases</source>
        <translation>تصدير الحالات</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>ال&amp;صيغة</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), one sheet per table</source>
        <translation>مصنف Excel ‏(.xlsx)، ورقة لكل جدول</translation>
    </message>
    <message>
        <source>CSV files in a ZIP archive (.zip), one file per table</source>
        <translation>ملفات CSV في أرشيف ZIP ‏(.zip)، ملف لكل جدول</translation>
    </message>
    <message>
        <source>F&amp;orms</source>
        <translation>&amp;النماذج</translation>
    </message>
    <message>
        <source>Every form</source>
        <translation>كل النماذج</translation>
    </message>
    <message>
        <source>The sheet of cases is always there</source>
        <translation>ورقة الحالات مُضمَّنة دائمًا</translation>
    </message>
    <message>
        <source>&amp;Answers as</source>
        <translation>الإ&amp;جابات بصيغة</translation>
    </message>
    <message>
        <source>Codes, as stored</source>
        <translation>رموز، كما هي مخزّنة</translation>
    </message>
    <message>
        <source>Labels in %1</source>
        <translation>تسميات بـ%1</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise</source>
        <translation>إ&amp;خفاء الهوية (أسماء مستعارة)</translation>
    </message>
    <message>
        <source>Leaves out names, contacts, birth dates (the age is kept), district and community, free-text answers and staff names, and replaces case numbers with pseudonyms that change at every export.</source>
        <translation>يستبعد الأسماء ووسائل الاتصال وتواريخ الميلاد (مع الإبقاء على العمر) والمنطقة والمجتمع المحلي والإجابات النصية الحرة وأسماء الموظفين، ويستبدل أرقام الحالات بأسماء مستعارة تتغير في كل تصدير.</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>اختر مكان حفظ الملف</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفّح…</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>ح&amp;فظ في</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>حفظ في</translation>
    </message>
    <message>
        <source>Names, contacts, birth dates, district and community, free text and staff names are left out; case numbers are replaced.</source>
        <translation>تُستبعد الأسماء ووسائل الاتصال وتواريخ الميلاد والمنطقة والمجتمع المحلي والنصوص الحرة وأسماء الموظفين؛ وتُستبدل أرقام الحالات.</translation>
    </message>
    <message>
        <source>The file will hold names, contacts and birth dates: keep it encrypted and share it only as your data-protection rules allow.</source>
        <translation>سيحتوي الملف على أسماء ووسائل اتصال وتواريخ ميلاد: احفظه مشفّرًا ولا تشاركه إلا وفق قواعد حماية البيانات لديك.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>أرشيفات ZIP ‏(*.zip)</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>جارٍ التحضير…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>جارٍ حفظ الملف…</translation>
    </message>
    <message>
        <source>Writing the sheet “%1”…</source>
        <translation>جارٍ كتابة الورقة «%1»…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1</source>
        <translation>
            <numerusform>لم تُصدَّر أي حالة إلى %1</numerusform>
            <numerusform>صُدّرت حالة واحدة إلى %1</numerusform>
            <numerusform>صُدّرت حالتان إلى %1</numerusform>
            <numerusform>صُدّرت %n حالات إلى %1</numerusform>
            <numerusform>صُدّرت %n حالة إلى %1</numerusform>
            <numerusform>صُدّرت %n حالة إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported, the forms are not installed on this computer: %1</source>
        <translation>لم تُصدَّر، النماذج غير مثبتة على هذا الحاسوب: %1</translation>
    </message>
</context>
<context>
    <name>FormWizard</name>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Review of the answers</source>
        <translation>مراجعة الإجابات</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Field guide</source>
        <translation>الدليل الميداني</translation>
    </message>
    <message>
        <source>Field guide section</source>
        <translation>قسم من الدليل الميداني</translation>
    </message>
    <message>
        <source>Hide guide</source>
        <translation>إخفاء الدليل</translation>
    </message>
    <message>
        <source>Save draft and c&amp;lose</source>
        <translation>حفظ المسودة و&amp;إغلاقها</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;حذف المسودة</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>إ&amp;رسال</translation>
    </message>
    <message>
        <source>Step %1 of %2: review and submit</source>
        <translation>الخطوة %1 من %2: المراجعة والإرسال</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>الخطوة %1 من %2: %3</translation>
    </message>
    <message>
        <source>Some answers on this page are missing or need correcting.</source>
        <translation>بعض الإجابات في هذه الصفحة ناقصة أو تحتاج إلى تصحيح.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>تم حفظ المسودة في الساعة %1</translation>
    </message>
    <message>
        <source>Review your answers</source>
        <translation>راجِع إجاباتك</translation>
    </message>
    <message>
        <source>Some answers are missing or need correcting:</source>
        <translation>بعض الإجابات ناقصة أو تحتاج إلى تصحيح:</translation>
    </message>
    <message>
        <source>This part of the field guide is not available yet in this language. Install the handbook pack, or open the field guide in another language.</source>
        <translation>هذا الجزء من الدليل الميداني غير متوفر بعد بهذه اللغة. ثبّت حزمة الدليل، أو افتح الدليل الميداني بلغة أخرى.</translation>
    </message>
</context>
<context>
    <name>FormsTab</name>
    <message>
        <source>Fill in a form</source>
        <translation>ملء استمارة</translation>
    </message>
    <message>
        <source>Form files not loaded because of errors: %1</source>
        <translation>ملفات استمارات لم يتم تحميلها بسبب أخطاء: %1</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;استئناف</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Submitted forms</source>
        <translation>الاستمارات المُرسلة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;تصحيح…</translation>
    </message>
    <message>
        <source>Make a new revision; the submitted answers are kept</source>
        <translation>إنشاء تنقيح جديد؛ مع الاحتفاظ بالإجابات المُرسلة كما هي</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>مهام المتابعة</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>تحديد &amp;كمنجزة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>المُرسلة</translation>
    </message>
    <message>
        <source>%1 — saved %2</source>
        <translation>%1 — حُفظت في %2</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>التنقيح %1</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>صُحّحت</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>موعدها %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Could not start the form</source>
        <translation>تعذّر بدء الاستمارة</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <source>Discard every answer of this draft? This cannot be undone.</source>
        <translation>هل تريد حذف جميع إجابات هذه المسودة؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>HandbookPage</name>
    <message>
        <source>Search the field guide</source>
        <translation>البحث في الدليل الميداني</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>جدول المحتويات</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Handbook pack</source>
        <translation>الدليل المستخدم</translation>
    </message>
    <message>
        <source>Import a pack…</source>
        <translation>استيراد دليل…</translation>
    </message>
    <message>
        <source>Remove this pack</source>
        <translation>إزالة هذا الدليل</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>My &amp;note on this section (kept in your encrypted profile)</source>
        <translation>&amp;ملاحظتي على هذا القسم (تُحفظ في ملف التعريف المشفّر)</translation>
    </message>
    <message>
        <source>My note on this section</source>
        <translation>ملاحظتي على هذا القسم</translation>
    </message>
    <message>
        <source>Field guide</source>
        <translation>الدليل الميداني</translation>
    </message>
    <message>
        <source>No field guide is installed for this language.</source>
        <translation>لا يوجد دليل ميداني مثبّت لهذه اللغة.</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>العلامات المرجعية</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (مستورد)</translation>
    </message>
    <message>
        <source>Pack imported</source>
        <translation>تم استيراد الدليل</translation>
    </message>
    <message>
        <source>Remove “%1” from this computer? The shipped field guide stays.</source>
        <translation>هل تريد إزالة «%1» من هذا الحاسوب؟ يبقى الدليل الميداني المرفق.</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ ضمن العلامات المرجعية</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ إضافة علامة مرجعية</translation>
    </message>
    <message numerus="yes">
        <source>%Ln section(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي قسم (%Ln)</numerusform>
            <numerusform>عُثر على قسم واحد (%Ln)</numerusform>
            <numerusform>عُثر على قسمين (%Ln)</numerusform>
            <numerusform>عُثر على %Ln أقسام</numerusform>
            <numerusform>عُثر على %Ln قسمًا</numerusform>
            <numerusform>عُثر على %Ln قسم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdTab</name>
    <message>
        <source>Household members</source>
        <translation>أفراد الأسرة المعيشية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>Returned too</source>
        <translation>عاد أيضًا</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>إ&amp;ضافة فرد…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Remove household member</source>
        <translation>إزالة فرد من الأسرة المعيشية</translation>
    </message>
    <message>
        <source>Remove %1 from the household?</source>
        <translation>هل تريد إزالة %1 من الأسرة المعيشية؟</translation>
    </message>
</context>
<context>
    <name>ImportPackDialog</name>
    <message>
        <source>Import a handbook pack</source>
        <translation>استيراد دليل</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>A folder of .md or .html pages, or one page</source>
        <translation>مجلد صفحات ‎.md أو ‎.html، أو صفحة واحدة</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>مجلد…</translation>
    </message>
    <message>
        <source>Page…</source>
        <translation>صفحة…</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>ال&amp;صفحات</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Tell from the pages</source>
        <translation>حسب الصفحات</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>From the pages</source>
        <translation>حسب الصفحات</translation>
    </message>
    <message>
        <source>Pack &amp;id</source>
        <translation>م&amp;عرّف الدليل</translation>
    </message>
    <message>
        <source>From the folder&apos;s name</source>
        <translation>حسب اسم المجلد</translation>
    </message>
    <message>
        <source>Li&amp;cence</source>
        <translation>ال&amp;ترخيص</translation>
    </message>
    <message>
        <source>&amp;Source of the text</source>
        <translation>م&amp;صدر النص</translation>
    </message>
    <message>
        <source>Automatic: a single long page is cut at its headings</source>
        <translation>تلقائي: تُقسَّم الصفحة الطويلة الوحيدة عند عناوينها</translation>
    </message>
    <message>
        <source>One section per page</source>
        <translation>قسم واحد لكل صفحة</translation>
    </message>
    <message>
        <source>Cut pages at level 1 headings</source>
        <translation>تقسيم الصفحات عند عناوين المستوى 1</translation>
    </message>
    <message>
        <source>Cut pages at level 2 headings</source>
        <translation>تقسيم الصفحات عند عناوين المستوى 2</translation>
    </message>
    <message>
        <source>Cut pages at level 3 headings</source>
        <translation>تقسيم الصفحات عند عناوين المستوى 3</translation>
    </message>
    <message>
        <source>Secti&amp;ons</source>
        <translation>الأ&amp;قسام</translation>
    </message>
    <message>
        <source>Replace a pack that has the same id</source>
        <translation>استبدال دليل له المعرّف نفسه</translation>
    </message>
    <message>
        <source>Read this pack from now on in its language</source>
        <translation>قراءة هذا الدليل من الآن فصاعدًا بلغته</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>المشكلات التي وُجدت</translation>
    </message>
    <message>
        <source>Folder of pages</source>
        <translation>مجلد الصفحات</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>صفحة</translation>
    </message>
    <message>
        <source>Pages (%1)</source>
        <translation>صفحات (%1)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is installed: %n section(s), ready to search.</source>
        <translation>
            <numerusform>تم تثبيت «%1»: لا أقسام (%n).</numerusform>
            <numerusform>تم تثبيت «%1»: قسم واحد جاهز للبحث.</numerusform>
            <numerusform>تم تثبيت «%1»: قسمان جاهزان للبحث.</numerusform>
            <numerusform>تم تثبيت «%1»: %n أقسام جاهزة للبحث.</numerusform>
            <numerusform>تم تثبيت «%1»: %n قسمًا جاهزًا للبحث.</numerusform>
            <numerusform>تم تثبيت «%1»: %n قسم جاهز للبحث.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Registered</source>
        <translation>مسجّل</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>تم التقييم</translation>
    </message>
    <message>
        <source>Plan agreed</source>
        <translation>تم الاتفاق على الخطة</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>المساعدة</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>الرصد</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Support period ended</source>
        <translation>انتهاء فترة الدعم</translation>
    </message>
    <message>
        <source>No longer eligible</source>
        <translation>انتفاء الأهلية</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>الانسحاب الطوعي</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>الانتقال إلى مكان آخر</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>الوفاة</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>انقطاع التواصل</translation>
    </message>
    <message>
        <source>Migrated again</source>
        <translation>الهجرة مجددًا</translation>
    </message>
    <message>
        <source>Requested by the returnee</source>
        <translation>بطلب من العائد</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>سُحبت الموافقة</translation>
    </message>
    <message>
        <source>Duplicate (registered twice)</source>
        <translation>حالة مكررة (سُجّلت مرتين)</translation>
    </message>
    <message>
        <source>Created by mistake</source>
        <translation>أُنشئت عن طريق الخطأ</translation>
    </message>
    <message>
        <source>Unaccompanied or separated child</source>
        <translation>طفل غير مصحوب أو منفصل عن ذويه</translation>
    </message>
    <message>
        <source>Victim of trafficking</source>
        <translation>ضحية الاتجار بالبشر</translation>
    </message>
    <message>
        <source>Health needs</source>
        <translation>احتياجات صحية</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>إعاقة</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>كبير السن</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>حامل</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation>والد وحيد أو والدة وحيدة</translation>
    </message>
    <message>
        <source>Large family</source>
        <translation>أسرة كبيرة</translation>
    </message>
    <message>
        <source>Survivor of gender-based violence</source>
        <translation>ناجٍ من العنف القائم على النوع الاجتماعي</translation>
    </message>
    <message>
        <source>Survivor of torture or violence</source>
        <translation>ناجٍ من التعذيب أو العنف</translation>
    </message>
    <message>
        <source>Risk of exploitation or abuse</source>
        <translation>خطر الاستغلال أو الإساءة</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>طوعية</translation>
    </message>
    <message>
        <source>Forced</source>
        <translation>قسرية</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>مدير الحالة</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <source>M&amp;E officer</source>
        <translation>مسؤول الرصد والتقييم</translation>
    </message>
    <message>
        <source>Data sharing with headquarters</source>
        <translation>مشاركة البيانات مع المقر الرئيسي</translation>
    </message>
    <message>
        <source>Referral to a service provider</source>
        <translation>الإحالة إلى مقدم الخدمة</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>بطاقة الهوية الوطنية</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>شهادة الميلاد</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>وثيقة السفر</translation>
    </message>
    <message>
        <source>Diploma or certificate</source>
        <translation>شهادة دراسية أو مهنية</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>الزوج أو الزوجة</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الابن أو الابنة</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>الأب أو الأم</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>الأخ أو الأخت</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>قريب آخر</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>تاريخ الميلاد تقديري</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Documents held</source>
        <translation>الوثائق المتوفرة</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>البلد المضيف</translation>
    </message>
    <message>
        <source>Date of return</source>
        <translation>تاريخ العودة</translation>
    </message>
    <message>
        <source>Type of return</source>
        <translation>نوع العودة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>District</source>
        <translation>المقاطعة</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>المجتمع المحلي</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>أوجه الضعف</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مُسندة إلى</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>المتابعة التالية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Reason for closure</source>
        <translation>سبب الإغلاق</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم الحالة</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Before return</source>
        <translation>قبل العودة</translation>
    </message>
    <message>
        <source>Direct and referral</source>
        <translation>مباشر وبالإحالة</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>أقل من 18 سنة</translation>
    </message>
    <message>
        <source>18–24 years</source>
        <translation>18–24 سنة</translation>
    </message>
    <message>
        <source>25–34 years</source>
        <translation>25–34 سنة</translation>
    </message>
    <message>
        <source>35–49 years</source>
        <translation>35–49 سنة</translation>
    </message>
    <message>
        <source>50 years and over</source>
        <translation>50 سنة فأكثر</translation>
    </message>
    <message>
        <source>Under 6 months</source>
        <translation>أقل من 6 أشهر</translation>
    </message>
    <message>
        <source>6–12 months</source>
        <translation>6–12 شهرًا</translation>
    </message>
    <message>
        <source>12–18 months</source>
        <translation>12–18 شهرًا</translation>
    </message>
    <message>
        <source>18 months and more</source>
        <translation>18 شهرًا فأكثر</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Due within %1 days</source>
        <translation>مستحق خلال %1 أيام</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>مكتب %1</translation>
    </message>
    <message>
        <source>Counted on %1</source>
        <translation>أُحصي في %1</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>متابعات متأخرة</translation>
    </message>
    <message>
        <source>Follow-up tasks overdue</source>
        <translation>مهام متابعة متأخرة</translation>
    </message>
    <message>
        <source>Days from return to agreed plan (median)</source>
        <translation>الأيام من العودة حتى الاتفاق على الخطة (الوسيط)</translation>
    </message>
    <message>
        <source>Plans agreed within %1 days of return</source>
        <translation>خطط اتُّفق عليها خلال %1 يومًا من العودة</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>الحالات حسب الوضع</translation>
    </message>
    <message>
        <source>Open cases by vulnerability</source>
        <translation>الحالات المفتوحة حسب نوع الهشاشة</translation>
    </message>
    <message>
        <source>Plan items by type of support</source>
        <translation>بنود الخطة حسب نوع الدعم</translation>
    </message>
    <message>
        <source>Plan items: direct or referral</source>
        <translation>بنود الخطة: مباشرة أو بالإحالة</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>الإحالات حسب النتيجة</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>المسح الأساسي</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>متابعة %1</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>استبيان</translation>
    </message>
    <message>
        <source>No survey has enough answers for a score.</source>
        <translation>لا يحتوي أي استبيان على إجابات كافية لحساب درجة.</translation>
    </message>
    <message>
        <source>Follow-up within %1 days</source>
        <translation>متابعة خلال %1 أيام</translation>
    </message>
    <message>
        <source>Follow-ups due within %1 days</source>
        <translation>متابعات مستحقة خلال %1 أيام</translation>
    </message>
    <message>
        <source>Follow-up task due within %1 days</source>
        <translation>مهمة متابعة مستحقة خلال %1 أيام</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>اقتصادية</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>اجتماعية</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>نفسية اجتماعية</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>مركبة</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>high</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <source>Provisional scoring: placeholder weights, not the official scoring sheet.</source>
        <translation>احتساب مؤقت: أوزان مؤقتة، وليس جدول الاحتساب الرسمي.</translation>
    </message>
    <message>
        <source>Scoring profile: %1</source>
        <translation>ملف الاحتساب: %1</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Time since return</source>
        <translation>المدة منذ العودة</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Type of assistance</source>
        <translation>نوع المساعدة</translation>
    </message>
    <message>
        <source>Direct or referral</source>
        <translation>مباشرة أو بالإحالة</translation>
    </message>
    <message>
        <source>Sent, no answer yet</source>
        <translation>أُرسلت، دون رد بعد</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Service received</source>
        <translation>تم تلقي الخدمة</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <source>Follow-up task overdue</source>
        <translation>مهمة متابعة متأخرة</translation>
    </message>
    <message>
        <source>No vulnerability</source>
        <translation>لا هشاشة</translation>
    </message>
    <message>
        <source>Plan item of this type</source>
        <translation>بند خطة من هذا النوع</translation>
    </message>
    <message>
        <source>Plan item delivered this way</source>
        <translation>بند خطة يُقدَّم بهذه الطريقة</translation>
    </message>
    <message>
        <source>Referral with this outcome</source>
        <translation>إحالة بهذه النتيجة</translation>
    </message>
    <message>
        <source>Plan agreed, return date known</source>
        <translation>خطة متفق عليها وتاريخ العودة معروف</translation>
    </message>
    <message>
        <source>Plan agreed within the target</source>
        <translation>خطة متفق عليها ضمن المهلة المستهدفة</translation>
    </message>
    <message>
        <source>Plan agreed after the target</source>
        <translation>خطة متفق عليها بعد المهلة المستهدفة</translation>
    </message>
</context>
<context>
    <name>MEPage</name>
    <message>
        <source>M&amp;E: reintegration scores</source>
        <translation>الرصد والتقييم: درجات إعادة الإدماج</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Scoring &amp;profile:</source>
        <translation>&amp;ملف التنقيط:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;التجميع حسب:</translation>
    </message>
    <message>
        <source>&amp;Chart of:</source>
        <translation>&amp;الرسم البياني لـ:</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>تصدير PNG…</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>حفظ الرسم البياني كصورة</translation>
    </message>
    <message>
        <source>Latest survey of each returnee</source>
        <translation>آخر مسح لكل عائد</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <source>Change from baseline to latest follow-up</source>
        <translation>التغيّر من المسح الأساسي إلى آخر متابعة</translation>
    </message>
    <message>
        <source>Returnees with a baseline and a later follow-up survey: the mean of (latest − baseline), over the same returnees; n: returnees with both scores.</source>
        <translation>العائدون الذين لديهم مسح أساسي ومسح متابعة لاحق: متوسط (الأخير − الأساسي) لدى العائدين أنفسهم؛ n: العائدون الذين لديهم الدرجتان.</translation>
    </message>
    <message>
        <source>mean change</source>
        <translation>متوسط التغيّر</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <source>Computed on %1</source>
        <translation>حُسب في %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n survey(s))</source>
        <translation>
            <numerusform>%1 (لا مسح)</numerusform>
            <numerusform>%1 (مسح واحد)</numerusform>
            <numerusform>%1 (مسحان)</numerusform>
            <numerusform>%1 (%n مسوح)</numerusform>
            <numerusform>%1 (%n مسحًا)</numerusform>
            <numerusform>%1 (%n مسح)</numerusform>
        </translation>
    </message>
    <message>
        <source>“not shown”: fewer than %1 returnees, or hidden with such a group so that it cannot be worked out from the total (small-cell suppression).</source>
        <translation>«غير معروض»: أقل من %1 عائدين، أو أُخفي مع مجموعة كهذه كي لا يمكن استنتاجها من المجموع (إخفاء الخلايا الصغيرة).</translation>
    </message>
    <message>
        <source>A returnee can be in several groups: the groups do not add up to the total.</source>
        <translation>قد يكون العائد في عدة مجموعات: مجموع المجموعات لا يساوي الإجمالي.</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>No survey scored with this profile yet.</source>
        <translation>لا يوجد بعد أي مسح مُنقَّط بهذا الملف.</translation>
    </message>
    <message>
        <source>%1 score by %2</source>
        <translation>درجة %1 حسب %2</translation>
    </message>
    <message>
        <source>%1: mean %2 at baseline, %3 at the latest follow-up</source>
        <translation>%1: المتوسط %2 في المسح الأساسي، و%3 في آخر متابعة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Wait until the sync in progress has finished</source>
        <translation>انتظر حتى تنتهي المزامنة الجارية</translation>
    </message>
    <message>
        <source>Headquarters set up</source>
        <translation>تم إعداد المقر</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>حالة جديدة</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>قائمة الحالات</translation>
    </message>
    <message>
        <source>Close case file</source>
        <translation>إغلاق ملف الحالة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Export cases…</source>
        <translation>&amp;تصدير الحالات…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Cases exported</source>
        <translation>صُدّرت الحالات</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>تم حفظ الإعدادات</translation>
    </message>
</context>
<context>
    <name>MeTable</name>
    <message>
        <source>not shown</source>
        <extracomment>one row: the group&apos;s code, its label (translated) and its stats by score name</extracomment>
        <translation>غير معروض</translation>
    </message>
    <message>
        <source>Not shown to protect the returnees&apos; privacy (small-cell suppression): fewer than %1 returnees have this score in this group, or the group is hidden with such a group so that it cannot be worked out from the total.</source>
        <translation>غير معروض حمايةً لخصوصية العائدين (إخفاء الخلايا الصغيرة): أقل من %1 عائدين لديهم هذه الدرجة في هذه المجموعة، أو أُخفيت المجموعة مع مجموعة كهذه كي لا يمكن استنتاجها من المجموع.</translation>
    </message>
    <message>
        <source>%1, %2: median %3, half of the returnees between %4 and %5, lowest %6, highest %7</source>
        <translation>%1، %2: الوسيط %3، نصف العائدين بين %4 و%5، الأدنى %6، الأعلى %7</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit household member</source>
        <translation>تعديل فرد من الأسرة المعيشية</translation>
    </message>
    <message>
        <source>Add household member</source>
        <translation>إضافة فرد إلى الأسرة المعيشية</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ال&amp;اسم</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>صلة ال&amp;قرابة</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>ال&amp;جنس</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation>&amp;سنة الميلاد</translation>
    </message>
    <message>
        <source>Returned with the returnee</source>
        <translation>عاد مع العائد</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong. Details were written to the log file.</source>
        <translation>حدث خطأ ما. تمت كتابة التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>عبارة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Try again in {seconds} seconds.</source>
        <translation>عدد كبير جدًا من محاولات إدخال عبارة مرور خاطئة. أعد المحاولة بعد {seconds} ثانية.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this profile.</source>
        <translation>مفتاح الاسترداد هذا لا يخص ملف التعريف هذا.</translation>
    </message>
    <message>
        <source>This passphrase is too weak.</source>
        <translation>عبارة المرور هذه ضعيفة جدًا.</translation>
    </message>
    <message>
        <source>Use at least 10 characters.</source>
        <translation>استخدم 10 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Mix letters with digits or other signs.</source>
        <translation>امزج الحروف بالأرقام أو برموز أخرى.</translation>
    </message>
    <message>
        <source>Avoid common words such as “password”.</source>
        <translation>تجنّب الكلمات الشائعة مثل «كلمة المرور».</translation>
    </message>
    <message>
        <source>Do not put your name in the passphrase.</source>
        <translation>لا تضع اسمك في عبارة المرور.</translation>
    </message>
    <message>
        <source>Use more different characters.</source>
        <translation>استخدم أحرفًا متنوعة أكثر.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>This profile cannot be used.</source>
        <translation>لا يمكن استخدام ملف التعريف هذا.</translation>
    </message>
    <message>
        <source>There is no profile named “{name}”.</source>
        <translation>لا يوجد ملف تعريف باسم «{name}».</translation>
    </message>
    <message>
        <source>The profile “{name}” is damaged and cannot be read.</source>
        <translation>ملف التعريف «{name}» تالف ولا يمكن قراءته.</translation>
    </message>
    <message>
        <source>There is no profile yet. Create one first.</source>
        <translation>لا يوجد ملف تعريف بعد. أنشئ ملفًا أولاً.</translation>
    </message>
    <message>
        <source>Several profiles exist ({names}): choose one with --profile.</source>
        <translation>توجد عدة ملفات تعريف ({names}): اختر واحدًا منها باستخدام --profile.</translation>
    </message>
    <message>
        <source>A profile named “{name}” already exists.</source>
        <translation>يوجد بالفعل ملف تعريف باسم «{name}».</translation>
    </message>
    <message>
        <source>The database cannot be used.</source>
        <translation>لا يمكن استخدام قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>لا يمكن فتح ملف قاعدة البيانات.</translation>
    </message>
    <message>
        <source>This profile was saved by a newer version of Passerelle. Install that version to open it.</source>
        <translation>تم حفظ ملف التعريف هذا بإصدار أحدث من Passerelle. ثبّت ذلك الإصدار لفتحه.</translation>
    </message>
    <message>
        <source>No such case.</source>
        <translation>هذه الحالة غير موجودة.</translation>
    </message>
    <message>
        <source>A case cannot move from this status to that one.</source>
        <translation>لا يمكن نقل الحالة من هذا الوضع إلى ذلك الوضع.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>هذه القيمة غير صالحة.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>هذا النص طويل جدًا.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>أدخل التاريخ بالصيغة YYYY-MM-DD (السنة-الشهر-اليوم).</translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <translation>اختر إحدى القيم المعروضة.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>أدخل عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>This number is out of range.</source>
        <translation>هذا العدد خارج النطاق المسموح به.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>أجب بنعم أو لا.</translation>
    </message>
    <message>
        <source>This value does not have the expected form.</source>
        <translation>هذه القيمة ليست بالصيغة المتوقعة.</translation>
    </message>
    <message>
        <source>There is no such field.</source>
        <translation>هذا الحقل غير موجود.</translation>
    </message>
    <message>
        <source>This question needs an answer.</source>
        <translation>هذا السؤال يحتاج إلى إجابة.</translation>
    </message>
    <message>
        <source>This answer is not accepted.</source>
        <translation>هذه الإجابة غير مقبولة.</translation>
    </message>
    <message>
        <source>This choice is no longer offered: choose again.</source>
        <translation>هذا الخيار لم يعد متاحًا: اختر مجددًا.</translation>
    </message>
    <message>
        <source>This form cannot be filled in now.</source>
        <translation>لا يمكن ملء هذه الاستمارة الآن.</translation>
    </message>
    <message>
        <source>The form “{form}” is not installed on this computer.</source>
        <translation>الاستمارة «{form}» غير مثبّتة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The intake form registers a new case; it cannot be filled in on an existing one.</source>
        <translation>استمارة الاستقبال والتسجيل تُنشئ حالة جديدة؛ لا يمكن ملؤها ضمن حالة موجودة.</translation>
    </message>
    <message>
        <source>This form belongs to a case: open the case first.</source>
        <translation>تُملأ هذه الاستمارة ضمن حالة: افتح الحالة أولًا.</translation>
    </message>
    <message>
        <source>Needs the returnee’s consent to referral (see Consent).</source>
        <translation>يتطلب موافقة العائد على الإحالة (انظر الموافقة).</translation>
    </message>
    <message>
        <source>Needs the returnee’s consent to assistance (see Consent).</source>
        <translation>يتطلب موافقة العائد على المساعدة (انظر الموافقة).</translation>
    </message>
    <message>
        <source>Needs the returnee’s consent to sharing with headquarters (see Consent).</source>
        <translation>يتطلب موافقة العائد على مشاركة البيانات مع المقر الرئيسي (انظر الموافقة).</translation>
    </message>
    <message>
        <source>The field guide shipped with Passerelle cannot be removed.</source>
        <translation>لا يمكن إزالة الدليل الميداني المرفق مع Passerelle.</translation>
    </message>
    <message>
        <source>No imported pack has the id “{pack}”.</source>
        <translation>لا يوجد دليل مستورد بالمعرّف «{pack}».</translation>
    </message>
    <message>
        <source>The pack “{pack}” is in use by another program and was not removed.</source>
        <translation>الدليل «{pack}» يستخدمه برنامج آخر ولم تتم إزالته.</translation>
    </message>
    <message>
        <source>Sync with headquarters is not set up yet (the sync button in the status bar, or: passerelle sync configure).</source>
        <translation>لم تُعدّ المزامنة مع المقر بعد (زر المزامنة في شريط الحالة، أو: passerelle sync configure).</translation>
    </message>
    <message>
        <source>This account cannot see any office. Ask headquarters to check it.</source>
        <translation>لا يرى هذا الحساب أي مكتب. اطلب من المقر التحقق منه.</translation>
    </message>
    <message>
        <source>The export could not be written. Check that the folder exists, that you may write in it and that the disk is not full, then try again.</source>
        <translation>تعذّرت كتابة ملف التصدير. تحقّق من وجود المجلد ومن أنّ لديك صلاحية الكتابة فيه ومن أنّ القرص غير ممتلئ، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The export was stopped. No file was written.</source>
        <translation>أُوقف التصدير. لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>This file is not a Passerelle bundle, or a newer version of Passerelle wrote it. Nothing was imported.</source>
        <translation>هذا الملف ليس حزمة Passerelle، أو كتبه إصدار أحدث من Passerelle. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>This file is incomplete: it was probably not copied to the end. Copy it again; nothing was imported.</source>
        <translation>هذا الملف غير مكتمل: ربما لم يُنسخ حتى النهاية. انسخه مرة أخرى؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>This file is damaged or was changed after it was written; nothing was imported.</source>
        <translation>هذا الملف تالف أو عُدّل بعد كتابته؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>This bundle belongs to another office and was not imported.</source>
        <translation>هذه الحزمة تخص مكتبًا آخر ولم تُستورد.</translation>
    </message>
    <message>
        <source>This bundle was already imported (number {sequence} from device {device}; the newest imported from that device is number {last}).</source>
        <translation>استُوردت هذه الحزمة من قبل (رقم {sequence} من الجهاز {device}؛ أحدث حزمة مستوردة من هذا الجهاز رقمها {last}).</translation>
    </message>
    <message>
        <source>This bundle comes from device {device}, which this laptop does not know as a device of the office (a new laptop, or one withdrawn by headquarters). Sync with headquarters, then try again; nothing was imported.</source>
        <translation>هذه الحزمة واردة من الجهاز {device}، ولا يعرفه هذا الحاسوب جهازًا تابعًا للمكتب (حاسوب جديد، أو جهاز سحبه المقر). زامن مع المقر ثم أعد المحاولة؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Bundles need the office key, which this laptop gets from headquarters: set up and sync with headquarters once.</source>
        <translation>تحتاج الحزم إلى مفتاح المكتب، ويتلقاه هذا الحاسوب من المقر: أعدّ المزامنة مع المقر وزامن مرة واحدة.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent: headquarters already has every change made here.</source>
        <translation>لا شيء ينتظر الإرسال: لدى المقر كل التغييرات التي أُجريت هنا.</translation>
    </message>
    <message>
        <source>M&amp;E officers cannot erase cases.</source>
        <translation>لا يمكن لمسؤولي الرصد والتقييم محو الحالات.</translation>
    </message>
    <message>
        <source>This bundle is larger than Passerelle accepts ({limit_mb} MB); nothing was imported.</source>
        <translation>هذه الحزمة أكبر مما يقبله Passerelle ({limit_mb} ميغابايت)؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>There are too many changes for one bundle (more than {limit_mb} MB); nothing was written.</source>
        <translation>التغييرات كثيرة جدًا لحزمة واحدة (أكثر من {limit_mb} ميغابايت)؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The bundle file cannot be read. Check that the USB drive is still plugged in, then try again.</source>
        <translation>تعذّرت قراءة ملف الحزمة. تأكد من أن ذاكرة USB ما زالت موصولة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The bundle could not be written. Check that the USB drive is plugged in, not full and not locked, then try again.</source>
        <translation>تعذّرت كتابة الحزمة. تأكد من أن ذاكرة USB موصولة وغير ممتلئة وغير مقفلة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>This submission has already been corrected: correct the newest revision.</source>
        <translation>سبق تصحيح هذه الاستمارة المُرسلة: صحّح أحدث تنقيح.</translation>
    </message>
    <message>
        <source>The scoring profile {file} cannot be used: {problems} problem(s).</source>
        <translation>لا يمكن استخدام ملف الاحتساب {file}: عدد المشكلات: {problems}.</translation>
    </message>
    <message>
        <source>Enter at least a given name or a family name.</source>
        <translation>أدخل الاسم الأول أو اسم العائلة على الأقل.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>هذا التاريخ في المستقبل.</translation>
    </message>
    <message>
        <source>This date is more than 120 years ago.</source>
        <translation>هذا التاريخ يعود إلى أكثر من 120 سنة.</translation>
    </message>
    <message>
        <source>The return date is before the birth date.</source>
        <translation>تاريخ العودة سابق لتاريخ الميلاد.</translation>
    </message>
    <message>
        <source>Enter a phone number with digits, spaces and an optional +.</source>
        <translation>أدخل رقم هاتف يتكون من أرقام ومسافات، مع علامة + اختيارية.</translation>
    </message>
    <message>
        <source>This case number is already used.</source>
        <translation>رقم الحالة هذا مستخدم بالفعل.</translation>
    </message>
    <message>
        <source>Write changes as FIELD=VALUE.</source>
        <translation>اكتب التغييرات بالصيغة FIELD=VALUE (الحقل=القيمة).</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>بعض الحقول تحتاج إلى مراجعة.</translation>
    </message>
    <message>
        <source>Use only {office}, {year} and {seq} in the pattern.</source>
        <translation>استخدم {office} و{year} و{seq} فقط في النمط.</translation>
    </message>
    <message>
        <source>Use only letters, digits, dashes, dots and slashes.</source>
        <translation>استخدم الحروف والأرقام والشرطات والنقاط والشرطات المائلة فقط.</translation>
    </message>
    <message>
        <source>The pattern must contain {seq}.</source>
        <translation>يجب أن يحتوي النمط على {seq}.</translation>
    </message>
    <message>
        <source>Case numbers made from this pattern would be too long.</source>
        <translation>ستكون أرقام الحالات الناتجة عن هذا النمط طويلة جدًا.</translation>
    </message>
    <message>
        <source>Nothing was imported. Rows with problems: {rows}.</source>
        <translation>لم يتم استيراد أي شيء. عدد الصفوف التي بها مشكلات: {rows}.</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows.</source>
        <translation>يحتوي الملف على أكثر من {limit} صف.</translation>
    </message>
    <message>
        <source>This row has more cells than the header.</source>
        <translation>يحتوي هذا الصف على خلايا أكثر من صف العناوين.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as “CSV UTF-8”.</source>
        <translation>الملف ليس نصًا بترميز UTF-8. احفظه بصيغة «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>لا يمكن قراءة الملف.</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>لا يحتوي الملف على صف عناوين.</translation>
    </message>
    <message>
        <source>This form file has problems and was not loaded.</source>
        <translation>يحتوي ملف الاستمارة هذا على مشكلات ولم يتم تحميله.</translation>
    </message>
    <message>
        <source>The handbook pack “{pack}” was not loaded. Problems found: {problems}.</source>
        <translation>لم يتم تحميل حزمة الدليل «{pack}»: عدد المشكلات التي وُجدت: {problems}.</translation>
    </message>
    <message>
        <source>“{source}” was not imported and nothing was changed. Problems found: {problems}.</source>
        <translation>لم يُستورد «{source}» ولم يتغيّر أي شيء. عدد المشكلات: {problems}.</translation>
    </message>
    <message>
        <source>Choose a folder or a page to import.</source>
        <translation>اختر مجلدًا أو صفحة لاستيرادها.</translation>
    </message>
    <message>
        <source>Headquarters cannot be reached. Your changes are kept here and will be sent next time.</source>
        <translation>تعذّر الوصول إلى المقر. تُحفظ تغييراتك هنا وستُرسل في المرة القادمة.</translation>
    </message>
    <message>
        <source>Headquarters did not accept this user name and password.</source>
        <translation>لم يقبل المقر اسم المستخدم وكلمة المرور هذين.</translation>
    </message>
    <message>
        <source>Headquarters refused: this account may not write these records.</source>
        <translation>رفض المقر: لا يحق لهذا الحساب كتابة هذه السجلات.</translation>
    </message>
    <message>
        <source>Headquarters does not know this office.</source>
        <translation>المقر لا يعرف هذا المكتب.</translation>
    </message>
    <message>
        <source>Headquarters refused the request (status {status}).</source>
        <translation>رفض المقر الطلب (الحالة {status}).</translation>
    </message>
    <message>
        <source>The server at this address answered something that is not a Passerelle headquarters.</source>
        <translation>أجاب الخادم على هذا العنوان بشيء ليس مقر Passerelle.</translation>
    </message>
    <message>
        <source>Some changes were not accepted by headquarters; they are kept here and will be sent again.</source>
        <translation>لم يقبل المقر بعض التغييرات؛ تُحفظ هنا وستُرسل مرة أخرى.</translation>
    </message>
    <message>
        <source>Sync was cancelled. What was already sent is kept.</source>
        <translation>أُلغيت المزامنة. يبقى ما أُرسل من قبل.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>هناك مزامنة جارية بالفعل.</translation>
    </message>
    <message>
        <source>Sync stopped because of a problem with the database on this computer.</source>
        <translation>توقفت المزامنة بسبب مشكلة في قاعدة البيانات على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This account can see several offices ({offices}): choose one.</source>
        <translation>يرى هذا الحساب عدة مكاتب ({offices}): اختر واحدًا.</translation>
    </message>
    <message>
        <source>This account cannot use the office “{office}”.</source>
        <translation>لا يمكن لهذا الحساب استخدام المكتب «{office}».</translation>
    </message>
    <message>
        <source>There is no open conflict with this number.</source>
        <translation>لا يوجد تعارض مفتوح بهذا الرقم.</translation>
    </message>
    <message>
        <source>The audit trail is intact ({entries} entries).</source>
        <translation>سجل التدقيق سليم ({entries} من الإدخالات).</translation>
    </message>
    <message>
        <source>The audit trail is broken: entry {seq} was removed.</source>
        <translation>سجل التدقيق غير سليم: تم حذف الإدخال {seq}.</translation>
    </message>
    <message>
        <source>The audit trail is broken: entry {seq} was altered.</source>
        <translation>سجل التدقيق غير سليم: تم تغيير الإدخال {seq}.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>حالة جديدة</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>إنشاء الحالة</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;تكرار عبارة المرور</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>قوية بما يكفي.</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Confidential: personal data, keep it safe</source>
        <translation>سري: بيانات شخصية، يجب حمايتها</translation>
    </message>
    <message>
        <source>Printed on %1 · page %2 of %3</source>
        <translation>طُبع في %1 · صفحة %2 من %3</translation>
    </message>
    <message>
        <source>Printed on %1 by %2</source>
        <translation>طبعه %2 في %1</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>ملخص الحالة</translation>
    </message>
    <message>
        <source>Contact details and exact addresses are left out of this summary.</source>
        <translation>حُذفت بيانات الاتصال والعناوين الدقيقة من هذا الملخص.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>أوجه الضعف</translation>
    </message>
    <message>
        <source>No vulnerability recorded.</source>
        <translation>لم تُسجَّل أي حالة ضعف.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة المعيشية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>Returned too</source>
        <translation>عاد أيضًا</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>أُعطيت في %1</translation>
    </message>
    <message>
        <source>Refused or withdrawn on %1</source>
        <translation>رُفضت أو سُحبت في %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>Reintegration plan</source>
        <translation>خطة إعادة الإدماج</translation>
    </message>
    <message>
        <source>Counselling and monitoring</source>
        <translation>الإرشاد والمتابعة</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Other forms</source>
        <translation>استمارات أخرى</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>لا شيء بعد.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 بتاريخ %2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>التنقيح %1</translation>
    </message>
    <message>
        <source>Reintegration scores</source>
        <translation>درجات إعادة الإدماج</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>استبيان</translation>
    </message>
    <message>
        <source>No reintegration survey yet.</source>
        <translation>لا يوجد استبيان لإعادة الإدماج بعد.</translation>
    </message>
    <message>
        <source>Caseload report</source>
        <translation>تقرير الحالات</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>أرقام رئيسية</translation>
    </message>
    <message>
        <source>Nothing to count yet.</source>
        <translation>لا شيء للعدّ بعد.</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <source>Reintegration scores over time</source>
        <translation>درجات إعادة الإدماج عبر الزمن</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>تصدير PNG…</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>حفظ الرسم البياني كصورة</translation>
    </message>
    <message>
        <source>Reintegration plan</source>
        <translation>خطة إعادة الإدماج</translation>
    </message>
    <message>
        <source>No reintegration survey yet: the scores appear here after the first one.</source>
        <translation>لا يوجد استبيان لإعادة الإدماج بعد: ستظهر الدرجات هنا بعد الاستبيان الأول.</translation>
    </message>
    <message>
        <source>No survey scored with this scoring profile yet.</source>
        <translation>لا يوجد بعد أي مسح مُنقَّط بملف التنقيط هذا.</translation>
    </message>
    <message>
        <source>Economic, social, psychosocial and composite scores</source>
        <translation>الدرجات الاقتصادية والاجتماعية والنفسية الاجتماعية والمركّبة</translation>
    </message>
    <message>
        <source>No plan items.</source>
        <translation>لا توجد بنود في الخطة.</translation>
    </message>
    <message>
        <source>No reintegration plan yet.</source>
        <translation>لا توجد خطة لإعادة الإدماج بعد.</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>اتُّفق عليها في %1</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>لم يُتفق عليها بعد</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n بند</numerusform>
            <numerusform>%n بند</numerusform>
            <numerusform>%n بندان</numerusform>
            <numerusform>%n بنود</numerusform>
            <numerusform>%n بندًا</numerusform>
            <numerusform>%n بند</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget: %1 delivered of %2 planned</source>
        <translation>الميزانية: %1 مُنفَّذة من أصل %2 مخطط لها</translation>
    </message>
    <message>
        <source>Items by status</source>
        <translation>البنود حسب الحالة</translation>
    </message>
    <message>
        <source>Items by dimension (cancelled left out)</source>
        <translation>البنود حسب البُعد (دون الملغاة)</translation>
    </message>
    <message>
        <source>scores.png</source>
        <translation>scores.png</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Service provider</source>
        <translation>مقدم الخدمة</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ال&amp;اسم</translation>
    </message>
    <message>
        <source>&amp;Dimension</source>
        <translation>ال&amp;بُعد</translation>
    </message>
    <message>
        <source>&amp;Services (codes, separated by spaces)</source>
        <translation>ال&amp;خدمات (رموز تفصل بينها مسافات)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>المن&amp;طقة</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;جهة الاتصال</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;نشط</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <source>Economic</source>
        <translation>اقتصادي</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>اجتماعي</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>نفسي واجتماعي</translation>
    </message>
    <message>
        <source>Service providers</source>
        <translation>مقدمو الخدمات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>البُعد</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Open the field guide on this question</source>
        <translation>فتح الدليل الميداني بشأن هذا السؤال</translation>
    </message>
    <message>
        <source>Field guide for this question</source>
        <translation>الدليل الميداني لهذا السؤال</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>تم التأكيد</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>سجّله %1 في %2</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Open with the recovery key</source>
        <translation>الفتح باستخدام مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>فتح ملف التعريف</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>&amp;مفتاح الاسترداد</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>مواصلة</translation>
    </message>
    <message>
        <source>Write this key on paper and keep it somewhere safe, away from the laptop. It opens your profile if you forget your passphrase. It is shown only now.</source>
        <translation>اكتب هذا المفتاح على ورقة واحتفظ بها في مكان آمن بعيدًا عن الحاسوب المحمول. يفتح هذا المفتاح ملف التعريف إذا نسيت عبارة المرور. لن يُعرض إلا الآن.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>I have written the key down</source>
        <translation>لقد دوّنت المفتاح</translation>
    </message>
</context>
<context>
    <name>RepeatBlock</name>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>إضافة إلى «%1»</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation>إزالة العنصر %1</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2</source>
        <translation>أكّده %1 في %2</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>تم التأكيد</translation>
    </message>
</context>
<context>
    <name>ScoresView</name>
    <message>
        <source>Reintegration scores</source>
        <translation>درجات إعادة الإدماج</translation>
    </message>
    <message>
        <source>not enough answers</source>
        <translation>إجابات غير كافية</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;قفل بعد</translation>
    </message>
    <message>
        <source> min without activity</source>
        <translation> دقيقة دون نشاط</translation>
    </message>
    <message>
        <source>Office &amp;code</source>
        <translation>&amp;رمز المكتب</translation>
    </message>
    <message>
        <source>Case number &amp;pattern</source>
        <translation>&amp;نمط رقم الحالة</translation>
    </message>
    <message>
        <source>{office} office code · {year} year · {seq} number, {seq:5} padded to 5 digits</source>
        <translation>{office} رمز المكتب · {year} السنة · {seq} الرقم، {seq:5} الرقم مكمَّلًا إلى 5 خانات</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>تغيير &amp;عبارة المرور…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Search the case list</source>
        <translation>البحث في قائمة الحالات</translation>
    </message>
    <message>
        <source>Move from the search field into the list, and through it</source>
        <translation>الانتقال من حقل البحث إلى القائمة والتنقل فيها</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>فتح الحالة المحددة</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>حالة جديدة</translation>
    </message>
    <message>
        <source>Save the case profile</source>
        <translation>حفظ الملف الشخصي للحالة</translation>
    </message>
    <message>
        <source>Close the open case file</source>
        <translation>إغلاق ملف الحالة المفتوح</translation>
    </message>
    <message>
        <source>Go to the case list</source>
        <translation>الانتقال إلى قائمة الحالات</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>القفل الآن</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>هذه القائمة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Reintegration case management</source>
        <translation>إدارة حالات إعادة الإدماج</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;ملف التعريف</translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation>ملفات التعريف على هذا الحاسوب</translation>
    </message>
    <message>
        <source>P&amp;assphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>ملف تعريف &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Forgot passphrase…</source>
        <translation>&amp;نسيت عبارة المرور…</translation>
    </message>
    <message>
        <source>No profile yet on this computer. Create one to start.</source>
        <translation>لا يوجد ملف تعريف على هذا الحاسوب بعد. أنشئ ملفًا للبدء.</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Submitted %1 by %2 · form version %3 · revision %4</source>
        <translation>أُرسلت في %1 بواسطة %2 · إصدار الاستمارة %3 · التنقيح %4</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>The form of this submission is not installed on this computer.</source>
        <translation>الاستمارة الخاصة بهذه الإجابات المُرسلة غير مثبّتة على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <source>Headquarters</source>
        <translation>المقر</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>تحقّق واحفظ</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <source>Kept only in your encrypted profile</source>
        <translation>يُحفظ في ملف التعريف المشفّر فقط</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>ال&amp;مكتب</translation>
    </message>
    <message>
        <source>Checking with headquarters…</source>
        <translation>جارٍ التحقق لدى المقر…</translation>
    </message>
    <message>
        <source>This account can see several offices. Choose the one you work for, then check again.</source>
        <translation>يرى هذا الحساب عدة مكاتب. اختر المكتب الذي تعمل فيه، ثم تحقّق مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Set up headquarters…</source>
        <translation>إعداد المقر…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>التعارضات…</translation>
    </message>
    <message>
        <source>Write a bundle for a USB stick…</source>
        <translation>كتابة حزمة على ذاكرة USB…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>استيراد حزمة…</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>المزامنة تلقائيًا</translation>
    </message>
    <message>
        <source>Sync on its own whenever headquarters can be reached</source>
        <translation>تتم المزامنة من تلقاء نفسها كلما أمكن الوصول إلى المقر</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>المزامنة غير معدّة</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>لا تغييرات في الانتظار</numerusform>
            <numerusform>تغيير واحد في الانتظار</numerusform>
            <numerusform>تغييران في الانتظار</numerusform>
            <numerusform>%n تغييرات في الانتظار</numerusform>
            <numerusform>%n تغييرًا في الانتظار</numerusform>
            <numerusform>%n تغيير في الانتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to look at</source>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد للمراجعة</numerusform>
            <numerusform>تعارضان للمراجعة</numerusform>
            <numerusform>%n تعارضات للمراجعة</numerusform>
            <numerusform>%n تعارضًا للمراجعة</numerusform>
            <numerusform>%n تعارض للمراجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>آخر مزامنة %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counts: 3 sent, 2 received</comment>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>لم يُرسل شيء</numerusform>
            <numerusform>أُرسل واحد</numerusform>
            <numerusform>أُرسل اثنان</numerusform>
            <numerusform>أُرسل %n</numerusform>
            <numerusform>أُرسل %n</numerusform>
            <numerusform>أُرسل %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>لم يُستلم شيء</numerusform>
            <numerusform>استُلم واحد</numerusform>
            <numerusform>استُلم اثنان</numerusform>
            <numerusform>استُلم %n</numerusform>
            <numerusform>استُلم %n</numerusform>
            <numerusform>استُلم %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>Not finished: %1 (%2)</source>
        <translation>لم تكتمل: %1 (%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>إرسال</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %1: %n row(s), %2 KB</source>
        <translation>
            <numerusform>جارٍ المزامنة… %1: لا صفوف، %2 كيلوبايت</numerusform>
            <numerusform>جارٍ المزامنة… %1: صف واحد، %2 كيلوبايت</numerusform>
            <numerusform>جارٍ المزامنة… %1: صفان، %2 كيلوبايت</numerusform>
            <numerusform>جارٍ المزامنة… %1: %n صفوف، %2 كيلوبايت</numerusform>
            <numerusform>جارٍ المزامنة… %1: %n صفًا، %2 كيلوبايت</numerusform>
            <numerusform>جارٍ المزامنة… %1: %n صف، %2 كيلوبايت</numerusform>
        </translation>
    </message>
    <message>
        <source>Headquarters not reachable; trying again later</source>
        <translation>تعذّر الوصول إلى المقر؛ ستُعاد المحاولة لاحقًا</translation>
    </message>
    <message>
        <source>Write a bundle for a USB stick</source>
        <translation>كتابة حزمة على ذاكرة USB</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>جارٍ كتابة الحزمة…</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>جارٍ قراءة الحزمة…</translation>
    </message>
    <message>
        <source>Passerelle bundles (*%1)</source>
        <translation>حزم Passerelle (*%1)</translation>
    </message>
    <message numerus="yes">
        <source>Bundle written: %n change(s)</source>
        <translation>
            <numerusform>كُتبت الحزمة: لا تغييرات</numerusform>
            <numerusform>كُتبت الحزمة: تغيير واحد</numerusform>
            <numerusform>كُتبت الحزمة: تغييران</numerusform>
            <numerusform>كُتبت الحزمة: %n تغييرات</numerusform>
            <numerusform>كُتبت الحزمة: %n تغييرًا</numerusform>
            <numerusform>كُتبت الحزمة: %n تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1.</source>
        <translation>
            <numerusform>لم يُكتب أي تغيير في %1.</numerusform>
            <numerusform>كُتب تغيير واحد في %1.</numerusform>
            <numerusform>كُتب تغييران في %1.</numerusform>
            <numerusform>كُتبت %n تغييرات في %1.</numerusform>
            <numerusform>كُتب %n تغييرًا في %1.</numerusform>
            <numerusform>كُتب %n تغيير في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the bundle on another laptop of the office: the changes go on to headquarters with that laptop&apos;s next sync.</source>
        <translation>استورد الحزمة على حاسوب آخر من حواسيب المكتب: تصل التغييرات إلى المقر مع المزامنة التالية لذلك الحاسوب.</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>كُتبت الحزمة</translation>
    </message>
    <message>
        <source>Bundle not written</source>
        <translation>لم تُكتب الحزمة</translation>
    </message>
    <message numerus="yes">
        <source>Bundle imported: %n change(s) applied</source>
        <translation>
            <numerusform>استُوردت الحزمة: لم يُطبَّق أي تغيير</numerusform>
            <numerusform>استُوردت الحزمة: طُبِّق تغيير واحد</numerusform>
            <numerusform>استُوردت الحزمة: طُبِّق تغييران</numerusform>
            <numerusform>استُوردت الحزمة: طُبِّقت %n تغييرات</numerusform>
            <numerusform>استُوردت الحزمة: طُبِّق %n تغييرًا</numerusform>
            <numerusform>استُوردت الحزمة: طُبِّق %n تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) read</source>
        <translation>
            <numerusform>لم يُقرأ أي تغيير</numerusform>
            <numerusform>قُرئ تغيير واحد</numerusform>
            <numerusform>قُرئ تغييران</numerusform>
            <numerusform>قُرئت %n تغييرات</numerusform>
            <numerusform>قُرئ %n تغييرًا</numerusform>
            <numerusform>قُرئ %n تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied here</source>
        <translation>
            <numerusform>لم يُطبَّق شيء هنا</numerusform>
            <numerusform>طُبِّق واحد هنا</numerusform>
            <numerusform>طُبِّق اثنان هنا</numerusform>
            <numerusform>طُبِّقت %n هنا</numerusform>
            <numerusform>طُبِّق %n هنا</numerusform>
            <numerusform>طُبِّق %n هنا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a case this laptop does not have yet</source>
        <translation>
            <numerusform>لا شيء بانتظار ملف غير موجود بعد على هذا الحاسوب</numerusform>
            <numerusform>تغيير واحد بانتظار ملف غير موجود بعد على هذا الحاسوب</numerusform>
            <numerusform>تغييران بانتظار ملف غير موجود بعد على هذا الحاسوب</numerusform>
            <numerusform>%n تغييرات بانتظار ملف غير موجود بعد على هذا الحاسوب</numerusform>
            <numerusform>%n تغييرًا بانتظار ملف غير موجود بعد على هذا الحاسوب</numerusform>
            <numerusform>%n تغيير بانتظار ملف غير موجود بعد على هذا الحاسوب</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle %1 from device %2: %3.</source>
        <translation>الحزمة رقم %1 من الجهاز %2: %3.</translation>
    </message>
    <message>
        <source>They go to headquarters at the next sync.</source>
        <translation>تُرسل إلى المقر في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>استُوردت الحزمة</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>لم تُستورد الحزمة</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>مهام المتابعة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;فتح الحالة</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>تحديد &amp;كمنجزة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>%1 overdue · %2 today · %3 this week</source>
        <translation>متأخرة: %1 · اليوم: %2 · هذا الأسبوع: %3</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Case timeline</source>
        <translation>التسلسل الزمني للحالة</translation>
    </message>
    <message>
        <source>Returned to the country</source>
        <translation>العودة إلى البلد</translation>
    </message>
    <message>
        <source>Consent given: %1</source>
        <translation>مُنحت الموافقة: %1</translation>
    </message>
    <message>
        <source>Consent refused: %1</source>
        <translation>رُفضت الموافقة: %1</translation>
    </message>
    <message>
        <source>Case registered</source>
        <translation>تم تسجيل الحالة</translation>
    </message>
    <message>
        <source>Case imported</source>
        <translation>تم استيراد الحالة</translation>
    </message>
    <message>
        <source>Profile updated: %1</source>
        <translation>تم تحديث الملف الشخصي: %1</translation>
    </message>
    <message>
        <source>Case file opened</source>
        <translation>تم فتح ملف الحالة</translation>
    </message>
    <message>
        <source>Household changed</source>
        <translation>تم تعديل الأسرة المعيشية</translation>
    </message>
    <message>
        <source>Form submitted: %1</source>
        <translation>تم إرسال الاستمارة: %1</translation>
    </message>
    <message>
        <source>Form corrected: %1 (revision %2)</source>
        <translation>تم تصحيح الاستمارة: %1 (التنقيح %2)</translation>
    </message>
    <message>
        <source>Draft discarded: %1</source>
        <translation>تم حذف المسودة: %1</translation>
    </message>
    <message>
        <source>Follow-up task marked done</source>
        <translation>تم تحديد مهمة المتابعة كمنجزة</translation>
    </message>
    <message>
        <source>Case closed: %1</source>
        <translation>تم إغلاق الحالة: %1</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>الوضع: %1 ← %2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Navigation</source>
        <extracomment>the case list, follow-ups, the dashboard, the field guide and the M&amp;E view come first (the M&amp;E view listed for M&amp;E officers and supervisors only); open case files and forms follow</extracomment>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>Service &amp;providers</source>
        <translation>مقدمو ال&amp;خدمات</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <source>Field guide</source>
        <translation>الدليل الميداني</translation>
    </message>
    <message>
        <source>M&amp;E scores</source>
        <translation>درجات الرصد والتقييم</translation>
    </message>
    <message>
        <source>Form files not loaded because of errors: %1</source>
        <translation>ملفات استمارات لم يتم تحميلها بسبب أخطاء: %1</translation>
    </message>
    <message>
        <source>%1 submitted</source>
        <translation>تم إرسال %1</translation>
    </message>
    <message>
        <source>Case %1 registered</source>
        <translation>تم تسجيل الحالة %1</translation>
    </message>
    <message>
        <source>Case %1 erased</source>
        <translation>مُحيت الحالة %1</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>%n survey(s) scored with another scoring profile not shown: their scores cannot be compared with these.</source>
        <translation>
            <numerusform>لا مسوح مُنقَّطة بملف تنقيط آخر.</numerusform>
            <numerusform>مسح واحد مُنقَّط بملف تنقيط آخر غير معروض: لا يمكن مقارنة درجاته بهذه.</numerusform>
            <numerusform>مسحان مُنقَّطان بملف تنقيط آخر غير معروضين: لا يمكن مقارنة درجاتهما بهذه.</numerusform>
            <numerusform>%n مسوح مُنقَّطة بملف تنقيط آخر غير معروضة: لا يمكن مقارنة درجاتها بهذه.</numerusform>
            <numerusform>%n مسحًا مُنقَّطًا بملف تنقيط آخر غير معروض: لا يمكن مقارنة درجاتها بهذه.</numerusform>
            <numerusform>%n مسح مُنقَّط بملف تنقيط آخر غير معروض: لا يمكن مقارنة درجاتها بهذه.</numerusform>
        </translation>
    </message>
</context>
</TS>
