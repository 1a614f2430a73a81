__tmp_reg__ = 0
__zero_reg__ = 1
__SREG__ = 63
__SP_H__ = 62
__SP_L__ = 61
	.file	"isr.c"
	.file	0 "/tmp/isrx" "isr.c" md5 0xba8bae4764e9d058adfb42c8b855496d
	.text
	.globl	timer                           ; -- Begin function timer
	.p2align	1
	.type	timer,@function
timer:                                  ; @timer
.Lfunc_begin0:
	.loc	0 41 0                          ; isr.c:41:0
; %bb.0:
	push	r0
	in	r0, 63
	push	r0
	push	r24
	push	r25
	.loc	0 42 8 prologue_end             ; isr.c:42:8
	lds	r24, ticks
	lds	r25, ticks+1
	adiw	r24, 1
	sts	ticks+1, r25
	sts	ticks, r24
	.loc	0 43 1                          ; isr.c:43:1
	pop	r25
	pop	r24
	pop	r0
	out	63, r0
	pop	r0
	reti
.Ltmp0:
.Lfunc_end0:
	.size	timer, .Lfunc_end0-timer
                                        ; -- End function
	.globl	sum_to                          ; -- Begin function sum_to
	.p2align	1
	.type	sum_to,@function
sum_to:                                 ; @sum_to
.Lfunc_begin1:
; %bb.0:
	;DEBUG_VALUE: sum_to:n <- $r25r24
	;DEBUG_VALUE: sum_to:s <- 0
	;DEBUG_VALUE: i <- 0
	.loc	0 48 3 prologue_end             ; isr.c:48:3
	cp	r24, r1
	cpc	r25, r1
	breq	.LBB1_6
.Ltmp1:
; %bb.1:
	;DEBUG_VALUE: i <- 0
	;DEBUG_VALUE: sum_to:s <- 0
	;DEBUG_VALUE: sum_to:n <- $r25r24
	.loc	0 0 3 is_stmt 0                 ; isr.c:0:3
	ldi	r30, 0
	ldi	r31, 0
	movw	r18, r30
	rjmp	.LBB1_4
.Ltmp2:
.LBB1_2:                                ;   in Loop: Header=BB1_4 Depth=1
	;DEBUG_VALUE: i <- $r31r30
	;DEBUG_VALUE: sum_to:s <- $r19r18
	;DEBUG_VALUE: sum_to:n <- $r25r24
	.loc	0 52 12 is_stmt 1               ; isr.c:52:12
	lds	r20, ticks
	lds	r21, ticks+1
	.loc	0 52 9 is_stmt 0                ; isr.c:52:9
	eor	r18, r20
.Ltmp3:
	eor	r19, r21
.Ltmp4:
	;DEBUG_VALUE: sum_to:s <- $r19r18
.LBB1_3:                                ;   in Loop: Header=BB1_4 Depth=1
	;DEBUG_VALUE: i <- $r31r30
	;DEBUG_VALUE: sum_to:s <- $r19r18
	;DEBUG_VALUE: sum_to:n <- $r25r24
	;DEBUG_VALUE: sum_to:s <- $r19r18
	.loc	0 48 32 is_stmt 1               ; isr.c:48:32
	adiw	r30, 1
.Ltmp5:
	;DEBUG_VALUE: i <- $r31r30
	.loc	0 48 3 is_stmt 0                ; isr.c:48:3
	cp	r30, r24
	cpc	r31, r25
	brsh	.LBB1_7
.Ltmp6:
.LBB1_4:                                ; =>This Inner Loop Header: Depth=1
	;DEBUG_VALUE: sum_to:n <- $r25r24
	;DEBUG_VALUE: sum_to:s <- $r19r18
	;DEBUG_VALUE: i <- $r31r30
	.loc	0 49 11 is_stmt 1               ; isr.c:49:11
	movw	r20, r30
	andi	r20, 1
	andi	r21, 0
	cp	r20, r1
	cpc	r21, r1
	breq	.LBB1_2
.Ltmp7:
; %bb.5:                                ;   in Loop: Header=BB1_4 Depth=1
	;DEBUG_VALUE: i <- $r31r30
	;DEBUG_VALUE: sum_to:s <- $r19r18
	;DEBUG_VALUE: sum_to:n <- $r25r24
	.loc	0 50 9                          ; isr.c:50:9
	add	r18, r30
.Ltmp8:
	adc	r19, r31
.Ltmp9:
	;DEBUG_VALUE: sum_to:s <- $r19r18
	.loc	0 50 7 is_stmt 0                ; isr.c:50:7
	rjmp	.LBB1_3
.Ltmp10:
.LBB1_6:
	;DEBUG_VALUE: i <- 0
	;DEBUG_VALUE: sum_to:s <- 0
	;DEBUG_VALUE: sum_to:n <- $r25r24
	.loc	0 0 7                           ; isr.c:0:7
	ldi	r18, 0
	ldi	r19, 0
.Ltmp11:
.LBB1_7:
	;DEBUG_VALUE: sum_to:n <- $r25r24
	.loc	0 54 3 is_stmt 1                ; isr.c:54:3
	movw	r24, r18
.Ltmp12:
	ret
.Ltmp13:
.Lfunc_end1:
	.size	sum_to, .Lfunc_end1-sum_to
                                        ; -- End function
	.globl	report                          ; -- Begin function report
	.p2align	1
	.type	report,@function
report:                                 ; @report
.Lfunc_begin2:
; %bb.0:
	.loc	0 59 16 prologue_end            ; isr.c:59:16
	lds	r24, ticks
	lds	r25, ticks+1
	ldi	r18, 3
.Ltmp14:
	;DEBUG_VALUE: scale:v <- $r25r24
	.file	1 "." "isr_inline.h" md5 0x3bc851a02cc0b4aa24beb00c7c44ea20
	.loc	1 4 12                          ; ./isr_inline.h:4:12 @[ isr.c:59:10 ]
	muls	r25, r18
	mov	r25, r0
.Ltmp15:
	clr	r1
	mul	r24, r18
	mov	r24, r1
	clr	r1
	add	r24, r25
	mov	r18, r24
	clr	r19
	mov	r19, r18
	clr	r18
	mov	r24, r0
	clr	r25
	or	r24, r18
	or	r25, r19
	.loc	1 4 17 is_stmt 0                ; ./isr_inline.h:4:17 @[ isr.c:59:10 ]
	adiw	r24, 7
.Ltmp16:
	.loc	0 59 3 is_stmt 1                ; isr.c:59:3
	call	notify
.Ltmp17:
	.loc	0 60 1                          ; isr.c:60:1
	ret
.Ltmp18:
.Lfunc_end2:
	.size	report, .Lfunc_end2-report
                                        ; -- End function
	; Declaring this symbol tells the CRT that it should
	;clear the zeroed data section on startup
	.globl	__do_clear_bss
	.type	ticks,@object                   ; @ticks
	.section	.bss,"aw",@nobits
	.globl	ticks
ticks:
	.short	0                               ; 0x0
	.size	ticks, 2

	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 ; Length
.Ldebug_list_header_start0:
	.short	5                               ; Version
	.byte	2                               ; Address size
	.byte	0                               ; Segment selector size
	.long	4                               ; Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
	.long	.Ldebug_loc3-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	4                               ; DW_LLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin0    ;   starting offset
	.uleb128 .Ltmp12-.Lfunc_begin0          ;   ending offset
	.byte	1                               ; Loc expr size
	.byte	104                             ; DW_OP_reg24
	.byte	0                               ; DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	4                               ; DW_LLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin0    ;   starting offset
	.uleb128 .Ltmp2-.Lfunc_begin0           ;   ending offset
	.byte	2                               ; Loc expr size
	.byte	48                              ; DW_OP_lit0
	.byte	159                             ; DW_OP_stack_value
	.byte	4                               ; DW_LLE_offset_pair
	.uleb128 .Ltmp2-.Lfunc_begin0           ;   starting offset
	.uleb128 .Ltmp3-.Lfunc_begin0           ;   ending offset
	.byte	1                               ; Loc expr size
	.byte	98                              ; DW_OP_reg18
	.byte	4                               ; DW_LLE_offset_pair
	.uleb128 .Ltmp4-.Lfunc_begin0           ;   starting offset
	.uleb128 .Ltmp8-.Lfunc_begin0           ;   ending offset
	.byte	1                               ; Loc expr size
	.byte	98                              ; DW_OP_reg18
	.byte	4                               ; DW_LLE_offset_pair
	.uleb128 .Ltmp9-.Lfunc_begin0           ;   starting offset
	.uleb128 .Ltmp10-.Lfunc_begin0          ;   ending offset
	.byte	1                               ; Loc expr size
	.byte	98                              ; DW_OP_reg18
	.byte	4                               ; DW_LLE_offset_pair
	.uleb128 .Ltmp10-.Lfunc_begin0          ;   starting offset
	.uleb128 .Ltmp11-.Lfunc_begin0          ;   ending offset
	.byte	2                               ; Loc expr size
	.byte	48                              ; DW_OP_lit0
	.byte	159                             ; DW_OP_stack_value
	.byte	0                               ; DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	4                               ; DW_LLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin0    ;   starting offset
	.uleb128 .Ltmp2-.Lfunc_begin0           ;   ending offset
	.byte	2                               ; Loc expr size
	.byte	48                              ; DW_OP_lit0
	.byte	159                             ; DW_OP_stack_value
	.byte	4                               ; DW_LLE_offset_pair
	.uleb128 .Ltmp2-.Lfunc_begin0           ;   starting offset
	.uleb128 .Ltmp10-.Lfunc_begin0          ;   ending offset
	.byte	1                               ; Loc expr size
	.byte	110                             ; DW_OP_reg30
	.byte	0                               ; DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	4                               ; DW_LLE_offset_pair
	.uleb128 .Ltmp14-.Lfunc_begin0          ;   starting offset
	.uleb128 .Ltmp15-.Lfunc_begin0          ;   ending offset
	.byte	1                               ; Loc expr size
	.byte	104                             ; DW_OP_reg24
	.byte	0                               ; DW_LLE_end_of_list
.Ldebug_list_header_end0:
	.section	.debug_abbrev,"",@progbits
	.byte	1                               ; Abbreviation Code
	.byte	17                              ; DW_TAG_compile_unit
	.byte	1                               ; DW_CHILDREN_yes
	.byte	37                              ; DW_AT_producer
	.byte	37                              ; DW_FORM_strx1
	.byte	19                              ; DW_AT_language
	.byte	5                               ; DW_FORM_data2
	.byte	3                               ; DW_AT_name
	.byte	37                              ; DW_FORM_strx1
	.byte	114                             ; DW_AT_str_offsets_base
	.byte	23                              ; DW_FORM_sec_offset
	.byte	16                              ; DW_AT_stmt_list
	.byte	23                              ; DW_FORM_sec_offset
	.byte	27                              ; DW_AT_comp_dir
	.byte	37                              ; DW_FORM_strx1
	.byte	17                              ; DW_AT_low_pc
	.byte	27                              ; DW_FORM_addrx
	.byte	18                              ; DW_AT_high_pc
	.byte	6                               ; DW_FORM_data4
	.byte	115                             ; DW_AT_addr_base
	.byte	23                              ; DW_FORM_sec_offset
	.ascii	"\214\001"                      ; DW_AT_loclists_base
	.byte	23                              ; DW_FORM_sec_offset
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	2                               ; Abbreviation Code
	.byte	52                              ; DW_TAG_variable
	.byte	0                               ; DW_CHILDREN_no
	.byte	3                               ; DW_AT_name
	.byte	37                              ; DW_FORM_strx1
	.byte	73                              ; DW_AT_type
	.byte	19                              ; DW_FORM_ref4
	.byte	63                              ; DW_AT_external
	.byte	25                              ; DW_FORM_flag_present
	.byte	58                              ; DW_AT_decl_file
	.byte	11                              ; DW_FORM_data1
	.byte	59                              ; DW_AT_decl_line
	.byte	11                              ; DW_FORM_data1
	.byte	2                               ; DW_AT_location
	.byte	24                              ; DW_FORM_exprloc
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	3                               ; Abbreviation Code
	.byte	53                              ; DW_TAG_volatile_type
	.byte	0                               ; DW_CHILDREN_no
	.byte	73                              ; DW_AT_type
	.byte	19                              ; DW_FORM_ref4
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	4                               ; Abbreviation Code
	.byte	36                              ; DW_TAG_base_type
	.byte	0                               ; DW_CHILDREN_no
	.byte	3                               ; DW_AT_name
	.byte	37                              ; DW_FORM_strx1
	.byte	62                              ; DW_AT_encoding
	.byte	11                              ; DW_FORM_data1
	.byte	11                              ; DW_AT_byte_size
	.byte	11                              ; DW_FORM_data1
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	5                               ; Abbreviation Code
	.byte	46                              ; DW_TAG_subprogram
	.byte	0                               ; DW_CHILDREN_no
	.byte	17                              ; DW_AT_low_pc
	.byte	27                              ; DW_FORM_addrx
	.byte	18                              ; DW_AT_high_pc
	.byte	6                               ; DW_FORM_data4
	.byte	64                              ; DW_AT_frame_base
	.byte	24                              ; DW_FORM_exprloc
	.byte	122                             ; DW_AT_call_all_calls
	.byte	25                              ; DW_FORM_flag_present
	.byte	3                               ; DW_AT_name
	.byte	37                              ; DW_FORM_strx1
	.byte	58                              ; DW_AT_decl_file
	.byte	11                              ; DW_FORM_data1
	.byte	59                              ; DW_AT_decl_line
	.byte	11                              ; DW_FORM_data1
	.byte	39                              ; DW_AT_prototyped
	.byte	25                              ; DW_FORM_flag_present
	.byte	63                              ; DW_AT_external
	.byte	25                              ; DW_FORM_flag_present
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	6                               ; Abbreviation Code
	.byte	46                              ; DW_TAG_subprogram
	.byte	1                               ; DW_CHILDREN_yes
	.byte	17                              ; DW_AT_low_pc
	.byte	27                              ; DW_FORM_addrx
	.byte	18                              ; DW_AT_high_pc
	.byte	6                               ; DW_FORM_data4
	.byte	64                              ; DW_AT_frame_base
	.byte	24                              ; DW_FORM_exprloc
	.byte	122                             ; DW_AT_call_all_calls
	.byte	25                              ; DW_FORM_flag_present
	.byte	3                               ; DW_AT_name
	.byte	37                              ; DW_FORM_strx1
	.byte	58                              ; DW_AT_decl_file
	.byte	11                              ; DW_FORM_data1
	.byte	59                              ; DW_AT_decl_line
	.byte	11                              ; DW_FORM_data1
	.byte	39                              ; DW_AT_prototyped
	.byte	25                              ; DW_FORM_flag_present
	.byte	73                              ; DW_AT_type
	.byte	19                              ; DW_FORM_ref4
	.byte	63                              ; DW_AT_external
	.byte	25                              ; DW_FORM_flag_present
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	7                               ; Abbreviation Code
	.byte	5                               ; DW_TAG_formal_parameter
	.byte	0                               ; DW_CHILDREN_no
	.byte	2                               ; DW_AT_location
	.byte	34                              ; DW_FORM_loclistx
	.byte	3                               ; DW_AT_name
	.byte	37                              ; DW_FORM_strx1
	.byte	58                              ; DW_AT_decl_file
	.byte	11                              ; DW_FORM_data1
	.byte	59                              ; DW_AT_decl_line
	.byte	11                              ; DW_FORM_data1
	.byte	73                              ; DW_AT_type
	.byte	19                              ; DW_FORM_ref4
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	8                               ; Abbreviation Code
	.byte	52                              ; DW_TAG_variable
	.byte	0                               ; DW_CHILDREN_no
	.byte	2                               ; DW_AT_location
	.byte	34                              ; DW_FORM_loclistx
	.byte	3                               ; DW_AT_name
	.byte	37                              ; DW_FORM_strx1
	.byte	58                              ; DW_AT_decl_file
	.byte	11                              ; DW_FORM_data1
	.byte	59                              ; DW_AT_decl_line
	.byte	11                              ; DW_FORM_data1
	.byte	73                              ; DW_AT_type
	.byte	19                              ; DW_FORM_ref4
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	9                               ; Abbreviation Code
	.byte	11                              ; DW_TAG_lexical_block
	.byte	1                               ; DW_CHILDREN_yes
	.byte	17                              ; DW_AT_low_pc
	.byte	27                              ; DW_FORM_addrx
	.byte	18                              ; DW_AT_high_pc
	.byte	6                               ; DW_FORM_data4
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	10                              ; Abbreviation Code
	.byte	46                              ; DW_TAG_subprogram
	.byte	1                               ; DW_CHILDREN_yes
	.byte	3                               ; DW_AT_name
	.byte	37                              ; DW_FORM_strx1
	.byte	58                              ; DW_AT_decl_file
	.byte	11                              ; DW_FORM_data1
	.byte	59                              ; DW_AT_decl_line
	.byte	11                              ; DW_FORM_data1
	.byte	39                              ; DW_AT_prototyped
	.byte	25                              ; DW_FORM_flag_present
	.byte	73                              ; DW_AT_type
	.byte	19                              ; DW_FORM_ref4
	.byte	32                              ; DW_AT_inline
	.byte	33                              ; DW_FORM_implicit_const
	.byte	1
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	11                              ; Abbreviation Code
	.byte	5                               ; DW_TAG_formal_parameter
	.byte	0                               ; DW_CHILDREN_no
	.byte	3                               ; DW_AT_name
	.byte	37                              ; DW_FORM_strx1
	.byte	58                              ; DW_AT_decl_file
	.byte	11                              ; DW_FORM_data1
	.byte	59                              ; DW_AT_decl_line
	.byte	11                              ; DW_FORM_data1
	.byte	73                              ; DW_AT_type
	.byte	19                              ; DW_FORM_ref4
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	12                              ; Abbreviation Code
	.byte	46                              ; DW_TAG_subprogram
	.byte	1                               ; DW_CHILDREN_yes
	.byte	17                              ; DW_AT_low_pc
	.byte	27                              ; DW_FORM_addrx
	.byte	18                              ; DW_AT_high_pc
	.byte	6                               ; DW_FORM_data4
	.byte	64                              ; DW_AT_frame_base
	.byte	24                              ; DW_FORM_exprloc
	.byte	122                             ; DW_AT_call_all_calls
	.byte	25                              ; DW_FORM_flag_present
	.byte	3                               ; DW_AT_name
	.byte	37                              ; DW_FORM_strx1
	.byte	58                              ; DW_AT_decl_file
	.byte	11                              ; DW_FORM_data1
	.byte	59                              ; DW_AT_decl_line
	.byte	11                              ; DW_FORM_data1
	.byte	39                              ; DW_AT_prototyped
	.byte	25                              ; DW_FORM_flag_present
	.byte	63                              ; DW_AT_external
	.byte	25                              ; DW_FORM_flag_present
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	13                              ; Abbreviation Code
	.byte	29                              ; DW_TAG_inlined_subroutine
	.byte	1                               ; DW_CHILDREN_yes
	.byte	49                              ; DW_AT_abstract_origin
	.byte	19                              ; DW_FORM_ref4
	.byte	17                              ; DW_AT_low_pc
	.byte	27                              ; DW_FORM_addrx
	.byte	18                              ; DW_AT_high_pc
	.byte	6                               ; DW_FORM_data4
	.byte	88                              ; DW_AT_call_file
	.byte	11                              ; DW_FORM_data1
	.byte	89                              ; DW_AT_call_line
	.byte	11                              ; DW_FORM_data1
	.byte	87                              ; DW_AT_call_column
	.byte	11                              ; DW_FORM_data1
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	14                              ; Abbreviation Code
	.byte	5                               ; DW_TAG_formal_parameter
	.byte	0                               ; DW_CHILDREN_no
	.byte	2                               ; DW_AT_location
	.byte	34                              ; DW_FORM_loclistx
	.byte	49                              ; DW_AT_abstract_origin
	.byte	19                              ; DW_FORM_ref4
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	15                              ; Abbreviation Code
	.byte	72                              ; DW_TAG_call_site
	.byte	0                               ; DW_CHILDREN_no
	.byte	127                             ; DW_AT_call_origin
	.byte	19                              ; DW_FORM_ref4
	.byte	125                             ; DW_AT_call_return_pc
	.byte	27                              ; DW_FORM_addrx
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	16                              ; Abbreviation Code
	.byte	46                              ; DW_TAG_subprogram
	.byte	1                               ; DW_CHILDREN_yes
	.byte	3                               ; DW_AT_name
	.byte	37                              ; DW_FORM_strx1
	.byte	58                              ; DW_AT_decl_file
	.byte	11                              ; DW_FORM_data1
	.byte	59                              ; DW_AT_decl_line
	.byte	11                              ; DW_FORM_data1
	.byte	39                              ; DW_AT_prototyped
	.byte	25                              ; DW_FORM_flag_present
	.byte	60                              ; DW_AT_declaration
	.byte	25                              ; DW_FORM_flag_present
	.byte	63                              ; DW_AT_external
	.byte	25                              ; DW_FORM_flag_present
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	17                              ; Abbreviation Code
	.byte	5                               ; DW_TAG_formal_parameter
	.byte	0                               ; DW_CHILDREN_no
	.byte	73                              ; DW_AT_type
	.byte	19                              ; DW_FORM_ref4
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	0                               ; EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 ; Length of Unit
.Ldebug_info_start0:
	.short	5                               ; DWARF version number
	.byte	1                               ; DWARF Unit Type
	.byte	2                               ; Address Size (in bytes)
	.long	.debug_abbrev                   ; Offset Into Abbrev. Section
	.byte	1                               ; Abbrev [1] 0xc:0xb1 DW_TAG_compile_unit
	.byte	0                               ; DW_AT_producer
	.short	29                              ; DW_AT_language
	.byte	1                               ; DW_AT_name
	.long	.Lstr_offsets_base0             ; DW_AT_str_offsets_base
	.long	.Lline_table_start0             ; DW_AT_stmt_list
	.byte	2                               ; DW_AT_comp_dir
	.byte	1                               ; DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin0       ; DW_AT_high_pc
	.long	.Laddr_table_base0              ; DW_AT_addr_base
	.long	.Lloclists_table_base0          ; DW_AT_loclists_base
	.byte	2                               ; Abbrev [2] 0x27:0xb DW_TAG_variable
	.byte	3                               ; DW_AT_name
	.long	50                              ; DW_AT_type
                                        ; DW_AT_external
	.byte	0                               ; DW_AT_decl_file
	.byte	4                               ; DW_AT_decl_line
	.byte	2                               ; DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               ; Abbrev [3] 0x32:0x5 DW_TAG_volatile_type
	.long	55                              ; DW_AT_type
	.byte	4                               ; Abbrev [4] 0x37:0x4 DW_TAG_base_type
	.byte	4                               ; DW_AT_name
	.byte	7                               ; DW_AT_encoding
	.byte	2                               ; DW_AT_byte_size
	.byte	5                               ; Abbrev [5] 0x3b:0xc DW_TAG_subprogram
	.byte	1                               ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.byte	2                               ; DW_AT_frame_base
	.byte	144
	.byte	32
                                        ; DW_AT_call_all_calls
	.byte	8                               ; DW_AT_name
	.byte	0                               ; DW_AT_decl_file
	.byte	40                              ; DW_AT_decl_line
                                        ; DW_AT_prototyped
                                        ; DW_AT_external
	.byte	6                               ; Abbrev [6] 0x47:0x33 DW_TAG_subprogram
	.byte	2                               ; DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       ; DW_AT_high_pc
	.byte	2                               ; DW_AT_frame_base
	.byte	144
	.byte	32
                                        ; DW_AT_call_all_calls
	.byte	9                               ; DW_AT_name
	.byte	0                               ; DW_AT_decl_file
	.byte	45                              ; DW_AT_decl_line
                                        ; DW_AT_prototyped
	.long	55                              ; DW_AT_type
                                        ; DW_AT_external
	.byte	7                               ; Abbrev [7] 0x57:0x9 DW_TAG_formal_parameter
	.byte	0                               ; DW_AT_location
	.byte	11                              ; DW_AT_name
	.byte	0                               ; DW_AT_decl_file
	.byte	45                              ; DW_AT_decl_line
	.long	55                              ; DW_AT_type
	.byte	8                               ; Abbrev [8] 0x60:0x9 DW_TAG_variable
	.byte	1                               ; DW_AT_location
	.byte	12                              ; DW_AT_name
	.byte	0                               ; DW_AT_decl_file
	.byte	47                              ; DW_AT_decl_line
	.long	55                              ; DW_AT_type
	.byte	9                               ; Abbrev [9] 0x69:0x10 DW_TAG_lexical_block
	.byte	2                               ; DW_AT_low_pc
	.long	.Ltmp10-.Lfunc_begin1           ; DW_AT_high_pc
	.byte	8                               ; Abbrev [8] 0x6f:0x9 DW_TAG_variable
	.byte	2                               ; DW_AT_location
	.byte	13                              ; DW_AT_name
	.byte	0                               ; DW_AT_decl_file
	.byte	48                              ; DW_AT_decl_line
	.long	55                              ; DW_AT_type
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
	.byte	10                              ; Abbrev [10] 0x7a:0x11 DW_TAG_subprogram
	.byte	5                               ; DW_AT_name
	.byte	1                               ; DW_AT_decl_file
	.byte	2                               ; DW_AT_decl_line
                                        ; DW_AT_prototyped
	.long	55                              ; DW_AT_type
                                        ; DW_AT_inline
	.byte	11                              ; Abbrev [11] 0x82:0x8 DW_TAG_formal_parameter
	.byte	6                               ; DW_AT_name
	.byte	1                               ; DW_AT_decl_file
	.byte	2                               ; DW_AT_decl_line
	.long	55                              ; DW_AT_type
	.byte	0                               ; End Of Children Mark
	.byte	12                              ; Abbrev [12] 0x8b:0x27 DW_TAG_subprogram
	.byte	3                               ; DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       ; DW_AT_high_pc
	.byte	2                               ; DW_AT_frame_base
	.byte	144
	.byte	32
                                        ; DW_AT_call_all_calls
	.byte	10                              ; DW_AT_name
	.byte	0                               ; DW_AT_decl_file
	.byte	57                              ; DW_AT_decl_line
                                        ; DW_AT_prototyped
                                        ; DW_AT_external
	.byte	13                              ; Abbrev [13] 0x97:0x14 DW_TAG_inlined_subroutine
	.long	122                             ; DW_AT_abstract_origin
	.byte	4                               ; DW_AT_low_pc
	.long	.Ltmp16-.Ltmp14                 ; DW_AT_high_pc
	.byte	0                               ; DW_AT_call_file
	.byte	59                              ; DW_AT_call_line
	.byte	10                              ; DW_AT_call_column
	.byte	14                              ; Abbrev [14] 0xa4:0x6 DW_TAG_formal_parameter
	.byte	3                               ; DW_AT_location
	.long	130                             ; DW_AT_abstract_origin
	.byte	0                               ; End Of Children Mark
	.byte	15                              ; Abbrev [15] 0xab:0x6 DW_TAG_call_site
	.long	178                             ; DW_AT_call_origin
	.byte	5                               ; DW_AT_call_return_pc
	.byte	0                               ; End Of Children Mark
	.byte	16                              ; Abbrev [16] 0xb2:0xa DW_TAG_subprogram
	.byte	7                               ; DW_AT_name
	.byte	0                               ; DW_AT_decl_file
	.byte	6                               ; DW_AT_decl_line
                                        ; DW_AT_prototyped
                                        ; DW_AT_declaration
                                        ; DW_AT_external
	.byte	17                              ; Abbrev [17] 0xb6:0x5 DW_TAG_formal_parameter
	.long	55                              ; DW_AT_type
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	60                              ; Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)" ; string offset=0
.Linfo_string1:
	.asciz	"isr.c"                         ; string offset=110
.Linfo_string2:
	.asciz	"/tmp/isrx"                     ; string offset=116
.Linfo_string3:
	.asciz	"ticks"                         ; string offset=126
.Linfo_string4:
	.asciz	"unsigned int"                  ; string offset=132
.Linfo_string5:
	.asciz	"scale"                         ; string offset=145
.Linfo_string6:
	.asciz	"v"                             ; string offset=151
.Linfo_string7:
	.asciz	"notify"                        ; string offset=153
.Linfo_string8:
	.asciz	"timer"                         ; string offset=160
.Linfo_string9:
	.asciz	"sum_to"                        ; string offset=166
.Linfo_string10:
	.asciz	"report"                        ; string offset=173
.Linfo_string11:
	.asciz	"n"                             ; string offset=180
.Linfo_string12:
	.asciz	"s"                             ; string offset=182
.Linfo_string13:
	.asciz	"i"                             ; string offset=184
	.section	.debug_str_offsets,"",@progbits
	.long	.Linfo_string0
	.long	.Linfo_string1
	.long	.Linfo_string2
	.long	.Linfo_string3
	.long	.Linfo_string4
	.long	.Linfo_string5
	.long	.Linfo_string6
	.long	.Linfo_string7
	.long	.Linfo_string8
	.long	.Linfo_string9
	.long	.Linfo_string10
	.long	.Linfo_string11
	.long	.Linfo_string12
	.long	.Linfo_string13
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 ; Length of contribution
.Ldebug_addr_start0:
	.short	5                               ; DWARF version number
	.byte	2                               ; Address size
	.byte	0                               ; Segment selector size
.Laddr_table_base0:
	.short	ticks
	.short	.Lfunc_begin0
	.short	.Lfunc_begin1
	.short	.Lfunc_begin2
	.short	.Ltmp14
	.short	.Ltmp17
.Ldebug_addr_end0:
	.addrsig
	.addrsig_sym ticks
	.section	.debug_line,"",@progbits
.Lline_table_start0:
